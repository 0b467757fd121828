package org.bcbm.recommendation.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.recommendation.config.KnowledgeConfig;

/**
 * The current knowledge snapshot, swapped atomically by the feed, and whether it can be answered from: only once the
 * feed has caught up to the topics' end offsets and holds both evidence and access.
 */
@ApplicationScoped
public class KnowledgeState {

    private volatile KnowledgeSnapshot current = KnowledgeSnapshot.EMPTY;
    private volatile boolean caughtUp;
    private final AtomicBoolean rebuildRequested = new AtomicBoolean();
    private final AtomicLong rebuildsCompleted = new AtomicLong();
    private final int retryAfterSeconds;

    public KnowledgeState(KnowledgeConfig config) {
        this.retryAfterSeconds = config.retryAfterSeconds();
    }

    /** Called by the feed thread only. */
    public void publish(KnowledgeSnapshot snapshot, boolean isCaughtUp) {
        this.current = snapshot;
        this.caughtUp = isCaughtUp;
    }

    public KnowledgeSnapshot current() {
        return current;
    }

    public boolean caughtUp() {
        return caughtUp;
    }

    /** Evidence and access are both needed: an answer without them would cite nothing or mark nothing available. */
    public boolean ready() {
        KnowledgeSnapshot s = current;
        return caughtUp && s.trialCount() > 0 && s.countryCount() > 0;
    }

    /** The snapshot to answer from, or a 503 with Retry-After: an answer without its knowledge is never complete. */
    public KnowledgeSnapshot forAnswer() {
        KnowledgeSnapshot s = current;
        if (!caughtUp || s.trialCount() == 0 || s.countryCount() == 0) {
            throw new ProblemException(503, "Service Unavailable", "knowledge is still loading from the evidence and "
                    + "access topics (" + s.trialCount() + " trials, " + s.countryCount() + " countries so far)",
                    null, Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
        }
        return s;
    }

    public void requestRebuild() {
        rebuildRequested.set(true);
    }

    public void rebuildCompleted() {
        rebuildsCompleted.incrementAndGet();
    }

    public long rebuildsCompleted() {
        return rebuildsCompleted.get();
    }

    /** The feed takes the request once. */
    public boolean takeRebuildRequest() {
        return rebuildRequested.getAndSet(false);
    }
}
