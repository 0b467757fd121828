package org.bcbm.gateway.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Where a cohort job stands: answers stored, problems among them, who answered, and when it should be done. */
public record CohortProgress(UUID jobId, int total, long done, long rejected, String status, Long etaSeconds,
        Map<String, Long> answeredBy) {

    public static final String RUNNING = "running";
    public static final String COMPLETE = "complete";

    public static CohortProgress of(UUID jobId, int total, long done, long rejected, Map<String, Long> answeredBy,
            Instant createdAt, Instant now) {
        return new CohortProgress(jobId, total, done, rejected, done >= total ? COMPLETE : RUNNING,
                etaSeconds(total, done, createdAt, now), answeredBy);
    }

    /**
     * Seconds left at the rate so far (answers since the job was accepted): 0 when complete, null before the first
     * answer, since no rate is known yet.
     */
    static Long etaSeconds(int total, long done, Instant createdAt, Instant now) {
        if (done >= total) {
            return 0L;
        }
        if (done <= 0) {
            return null;
        }
        long elapsedMillis = Math.max(1, Duration.between(createdAt, now).toMillis());
        double millisPerAnswer = (double) elapsedMillis / done;
        return (long) Math.ceil((total - done) * millisPerAnswer / 1000.0);
    }
}
