package org.bcbm.recommendation.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.bcbm.recommendation.service.KnowledgeSnapshot;
import org.bcbm.recommendation.service.KnowledgeState;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the snapshot has caught up to the topics' end offsets and holds evidence and access. */
@Readiness
@ApplicationScoped
public class KnowledgeReadiness implements HealthCheck {

    private final KnowledgeState state;

    public KnowledgeReadiness(KnowledgeState state) {
        this.state = state;
    }

    @Override
    public HealthCheckResponse call() {
        KnowledgeSnapshot s = state.current();
        return HealthCheckResponse.named("knowledge snapshot").status(state.ready())
                .withData("caughtUp", state.caughtUp())
                .withData("trials", s.trialCount())
                .withData("countries", s.countryCount())
                .withData("listings", s.listingCount())
                .withData("evidenceVersion", s.evidenceVersion())
                .withData("accessVersion", s.accessVersion())
                .build();
    }
}
