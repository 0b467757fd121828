package org.bcbm.common.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which aggregates a reconciliation puts back in the outbox, and how a topic's versions are read. */
class VersionGapTest {

    @Test
    void aggregateAbsentFromTheTopicIsMissing() {
        assertEquals(Set.of("CLEOPATRA"), VersionGap.missing(Map.of("CLEOPATRA", 2L), Map.of(), Set.of()));
    }

    @Test
    void aggregateNewerInTheDatabaseThanOnTheTopicIsMissing() {
        assertEquals(Set.of("GB"), VersionGap.missing(Map.of("GB", 5L), Map.of("GB", 4L), Set.of()));
    }

    @Test
    void aggregateOnTheTopicAtItsCurrentVersionIsNotMissing() {
        assertTrue(VersionGap.missing(Map.of("GB", 5L), Map.of("GB", 5L), Set.of()).isEmpty());
    }

    @Test
    void topicAheadOfTheDatabaseIsLeftAlone() {
        assertTrue(VersionGap.missing(Map.of("GB", 3L), Map.of("GB", 4L), Set.of()).isEmpty());
    }

    @Test
    void aggregateAlreadyWaitingInTheOutboxIsNotRecordedTwice() {
        assertTrue(VersionGap.missing(Map.of("GB", 5L), Map.of("GB", 4L), Set.of("GB")).isEmpty());
    }

    @Test
    void missingAggregatesKeepTheDatabasesOrder() {
        Map<String, Long> held = new LinkedHashMap<>();
        held.put("b", 1L);
        held.put("a", 1L);
        held.put("c", 1L);
        assertEquals("[b, a, c]", VersionGap.missing(held, Map.of(), Set.of()).toString());
    }

    @Test
    void snapshotKeepsTheHighestVersionOfEachAggregatePerType() {
        TopicSnapshot snapshot = new TopicSnapshot(new ObjectMapper());
        assertTrue(snapshot.add(envelope("drug", "tamoxifen", 3)));
        assertTrue(snapshot.add(envelope("drug", "tamoxifen", 1)));
        assertTrue(snapshot.add(envelope("country", "tamoxifen", 7)));
        assertEquals(Map.of("tamoxifen", 3L), snapshot.versions("drug"));
        assertEquals(Map.of("tamoxifen", 7L), snapshot.versions("country"));
        assertEquals(Map.of(), snapshot.versions("listing"));
    }

    @Test
    void snapshotSkipsRecordsThatAreNotEnvelopesAndIgnoresTombstones() {
        TopicSnapshot snapshot = new TopicSnapshot(new ObjectMapper());
        assertFalse(snapshot.add("not json"));
        assertFalse(snapshot.add("{\"aggregateType\":\"drug\",\"aggregateId\":\"x\"}"));
        assertFalse(snapshot.add("[1,2]"));
        assertTrue(snapshot.add(null));
        assertEquals(3, snapshot.skipped());
        assertEquals(Map.of(), snapshot.versions("drug"));
    }

    private static String envelope(String type, String id, long version) {
        return "{\"eventId\":\"e\",\"type\":\"X\",\"aggregateType\":\"" + type + "\",\"aggregateId\":\"" + id
                + "\",\"aggregateVersion\":" + version + ",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"payload\":{}}";
    }
}
