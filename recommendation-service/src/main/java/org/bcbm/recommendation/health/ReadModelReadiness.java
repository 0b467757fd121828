package org.bcbm.recommendation.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.bcbm.recommendation.repository.ReadModelRepository;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the evidence read model holds trials: without evidence an answer could cite nothing. */
@Readiness
@ApplicationScoped
public class ReadModelReadiness implements HealthCheck {

    private final ReadModelRepository readModels;

    public ReadModelReadiness(ReadModelRepository readModels) {
        this.readModels = readModels;
    }

    @Override
    @Transactional
    public HealthCheckResponse call() {
        long trials = readModels.trialCount();
        return HealthCheckResponse.named("evidence read model").status(trials > 0)
                .withData("trials", trials)
                .withData("evidenceVersion", readModels.knowledgeVersion("evidence").orElse("none"))
                .withData("accessVersion", readModels.knowledgeVersion("access").orElse("none"))
                .build();
    }
}
