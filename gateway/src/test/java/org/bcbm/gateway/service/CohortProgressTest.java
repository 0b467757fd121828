package org.bcbm.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Status and seconds left of a cohort job, from the rate so far. */
class CohortProgressTest {

    private static final Instant START = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void noRateIsKnownBeforeTheFirstAnswer() {
        assertNull(CohortProgress.etaSeconds(1000, 0, START, START.plusSeconds(30)));
    }

    @Test
    void secondsLeftFollowTheRateSoFar() {
        // 250 of 1,000 in 10 s: 40 ms each, 750 left = 30 s
        assertEquals(30L, CohortProgress.etaSeconds(1000, 250, START, START.plusSeconds(10)));
        // a part of a second left rounds up, never down to "done"
        assertEquals(1L, CohortProgress.etaSeconds(1000, 999, START, START.plusSeconds(10)));
        // answers within the same millisecond as the upload do not divide by zero: 1,999 left at 1 ms each
        assertEquals(2L, CohortProgress.etaSeconds(2000, 1, START, START));
    }

    @Test
    void aCompleteJobHasNothingLeft() {
        CohortProgress p = CohortProgress.of(UUID.randomUUID(), 10, 10, 2, Map.of("a", 6L, "b", 4L), START,
                START.plusSeconds(5));

        assertEquals(CohortProgress.COMPLETE, p.status());
        assertEquals(0L, p.etaSeconds());
        assertEquals(2, p.rejected());
    }

    @Test
    void aJobWithAnswersMissingIsRunning() {
        CohortProgress p = CohortProgress.of(UUID.randomUUID(), 10, 4, 0, Map.of("a", 4L), START,
                START.plusSeconds(8));

        assertEquals(CohortProgress.RUNNING, p.status());
        assertEquals(12L, p.etaSeconds());
    }
}
