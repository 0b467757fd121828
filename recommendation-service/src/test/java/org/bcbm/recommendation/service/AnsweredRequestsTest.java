package org.bcbm.recommendation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnsweredRequestsTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00.123456789Z");

    @Test
    void aRememberedRequestIsFoundWithItsSnapshotInstantAndFingerprint() {
        AnsweredRequests answered = new AnsweredRequests(8, Duration.ofSeconds(10));
        UUID id = UUID.randomUUID();
        answered.remember(id, 42, 7L, AT, 1_000);
        AnsweredRequests.Earlier earlier = answered.find(id, 1_001);
        assertEquals(new AnsweredRequests.Earlier(7L, AT, 42), earlier);
        assertNull(answered.find(UUID.randomUUID(), 1_001));
    }

    @Test
    void aRequestIsForgottenOnceItsWindowHasPassed() {
        AnsweredRequests answered = new AnsweredRequests(8, Duration.ofSeconds(10));
        UUID id = UUID.randomUUID();
        answered.remember(id, 1, 1L, AT, 1_000);
        assertNotNull(answered.find(id, 10_999));
        assertNull(answered.find(id, 11_000));
        // remembered again once forgotten, with its new attempt
        answered.remember(id, 2, 3L, AT.plusSeconds(20), 21_000);
        assertEquals(2, answered.find(id, 21_001).fingerprint());
    }

    @Test
    void aSecondAttemptDoesNotReplaceTheFirst() {
        AnsweredRequests answered = new AnsweredRequests(8, Duration.ofSeconds(10));
        UUID id = UUID.randomUUID();
        answered.remember(id, 1, 1L, AT, 1_000);
        answered.remember(id, 1, 2L, AT.plusSeconds(1), 2_000);
        assertEquals(1L, answered.find(id, 2_001).snapshotSerial());
    }

    @Test
    void onceFullTheOldestIsForgottenAndEveryOtherStaysFindable() {
        int capacity = 100;
        AnsweredRequests answered = new AnsweredRequests(capacity, Duration.ofMinutes(1));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 3 * capacity + 17; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            answered.remember(id, i, i, AT, 1_000);
        }
        int newest = ids.size() - capacity;
        for (int i = 0; i < ids.size(); i++) {
            AnsweredRequests.Earlier earlier = answered.find(ids.get(i), 1_001);
            if (i < newest) {
                assertNull(earlier, "entry " + i + " was overwritten");
            } else {
                assertNotNull(earlier, "entry " + i + " is among the newest " + capacity);
                assertEquals(i, earlier.fingerprint());
            }
        }
    }

    @Test
    void idsThatShareABucketAreToldApart() {
        AnsweredRequests answered = new AnsweredRequests(4, Duration.ofMinutes(1));
        // same high ^ low, so the same bucket
        UUID a = new UUID(0x1234L, 0x0L);
        UUID b = new UUID(0x0L, 0x1234L);
        UUID c = new UUID(0x1230L, 0x4L);
        answered.remember(a, 1, 1L, AT, 0);
        answered.remember(b, 2, 1L, AT, 0);
        answered.remember(c, 3, 1L, AT, 0);
        assertEquals(1, answered.find(a, 1).fingerprint());
        assertEquals(2, answered.find(b, 1).fingerprint());
        assertEquals(3, answered.find(c, 1).fingerprint());
        // overwriting the oldest of a chain leaves the others reachable
        answered.remember(UUID.randomUUID(), 4, 1L, AT, 0);
        answered.remember(UUID.randomUUID(), 5, 1L, AT, 0);
        assertNull(answered.find(a, 1));
        assertEquals(2, answered.find(b, 1).fingerprint());
        assertEquals(3, answered.find(c, 1).fingerprint());
    }
}
