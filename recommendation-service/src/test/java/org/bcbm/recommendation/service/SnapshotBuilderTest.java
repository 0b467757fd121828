package org.bcbm.recommendation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.util.Map;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.recommendation.event.KnowledgeEvents;
import org.bcbm.recommendation.service.SnapshotBuilder.UnreadableEventException;
import org.junit.jupiter.api.Test;

/** Folding events into the snapshot: per-aggregate versions decide, in any order, and nothing is ever lost. */
class SnapshotBuilderTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void newestVersionWinsWhateverTheOrder() throws Exception {
        SnapshotBuilder b = new SnapshotBuilder();
        assertTrue(b.apply(event(KnowledgeEvents.trial("T1", 3, "0.55")), mapper));
        assertFalse(b.apply(event(KnowledgeEvents.trial("T1", 1, "0.99")), mapper), "an older version changes nothing");
        assertFalse(b.apply(event(KnowledgeEvents.trial("T1", 3, "0.77")), mapper), "a redelivery changes nothing");
        KnowledgeSnapshot s = b.build();
        assertEquals(0, new BigDecimal("0.55").compareTo(s.trial("T1").orElseThrow().outcomes().get(0).hazardRatio()));
        assertEquals("III", s.trial("T1").orElseThrow().design().phase());
        assertEquals("evidence-v1003", s.evidenceVersion());
    }

    @Test
    void accessFactsReachTheEngineView() throws Exception {
        SnapshotBuilder b = new SnapshotBuilder();
        b.apply(event(KnowledgeEvents.country("UZ", "Uzbekistan", "limited", 2)), mapper);
        b.apply(event(KnowledgeEvents.listing("UZ", "tamoxifen", 1, true)), mapper);
        KnowledgeSnapshot s = b.build();
        assertEquals("limited", s.country("UZ").orElseThrow().tier());
        assertTrue(s.listing("UZ", "tamoxifen").orElseThrow().available());
        assertTrue(s.country("UZ").orElseThrow().place().radiotherapyAvailable());
        assertTrue(s.accessVersion().startsWith("access@"));
    }

    @Test
    void mergingARebuildKeepsWhatOnlyTheLiveSnapshotKnewAndTakesNewerVersions() throws Exception {
        SnapshotBuilder live = new SnapshotBuilder();
        live.apply(event(KnowledgeEvents.trial("ONLY-LIVE", 4, "0.70")), mapper);
        live.apply(event(KnowledgeEvents.trial("BOTH", 1, "0.90")), mapper);
        SnapshotBuilder rebuilt = new SnapshotBuilder();
        rebuilt.apply(event(KnowledgeEvents.trial("BOTH", 2, "0.80")), mapper);
        rebuilt.apply(event(KnowledgeEvents.trial("ONLY-LIVE", 3, "0.99")), mapper);
        live.mergeNewer(rebuilt);
        KnowledgeSnapshot s = live.build();
        assertEquals(0, new BigDecimal("0.80").compareTo(s.trial("BOTH").orElseThrow().outcomes().get(0).hazardRatio()));
        assertEquals(0, new BigDecimal("0.70").compareTo(s.trial("ONLY-LIVE").orElseThrow().outcomes().get(0)
                .hazardRatio()), "a rebuild never takes a newer state back to an older one");
    }

    @Test
    void payloadThatIsNotItsV1TypeIsPoison() throws Exception {
        SnapshotBuilder b = new SnapshotBuilder();
        EventEnvelope bad = event(KnowledgeEvents.envelope("ListingChanged", "listing", "GB:x", 1, Map.of("country", "GB")));
        assertThrows(UnreadableEventException.class, () -> b.apply(bad, mapper));
        EventEnvelope wrongType = event(KnowledgeEvents.envelope("TrialChanged", "trial", "T", 1,
                Map.of("trial", "not an object")));
        assertThrows(UnreadableEventException.class, () -> b.apply(wrongType, mapper));
    }

    @Test
    void snapshotIsImmutableOnceBuilt() throws Exception {
        SnapshotBuilder b = new SnapshotBuilder();
        b.apply(event(KnowledgeEvents.trial("T1", 1, "0.55")), mapper);
        KnowledgeSnapshot first = b.build();
        b.apply(event(KnowledgeEvents.trial("T2", 1, "0.65")), mapper);
        assertEquals(1, first.trialCount());
        assertEquals(2, b.build().trialCount());
    }

    private EventEnvelope event(String json) throws Exception {
        return mapper.readValue(json, EventEnvelope.class);
    }
}
