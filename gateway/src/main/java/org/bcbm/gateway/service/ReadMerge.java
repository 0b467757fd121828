package org.bcbm.gateway.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.bcbm.common.contract.access.AccessViews.CountryView;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentDetail;
import org.bcbm.gateway.TreatmentAnswer;
import org.bcbm.gateway.client.AccessClient;
import org.bcbm.gateway.client.EvidenceClient;
import org.eclipse.microprofile.context.ManagedExecutor;

/** Reads that merge evidence and access: fan out in parallel, merge, and say what was left out. */
// made at start, not at first use, so its meters are scraped (at zero) before anything has happened
@Startup
@ApplicationScoped
public class ReadMerge {

    private final EvidenceClient evidence;
    private final AccessClient access;
    private final ManagedExecutor executor;
    /** Answers given without the access part because access-cost-service did not answer. */
    private final Counter accessDegraded;

    public ReadMerge(EvidenceClient evidence, AccessClient access, ManagedExecutor executor, MeterRegistry registry) {
        this.evidence = evidence;
        this.access = access;
        this.executor = executor;
        this.accessDegraded = registry.counter("bcbm.degraded.answers", "source", "access");
    }

    /** A treatment and its trials; with a country, its formulary entry there (or partial when access is down). */
    public TreatmentAnswer treatment(String inn, String country) {
        CompletableFuture<TreatmentDetail> treatment = executor.supplyAsync(() -> evidence.treatment(inn));
        CompletableFuture<Optional<CountryView>> formulary = country == null
                ? CompletableFuture.completedFuture(Optional.empty())
                : executor.supplyAsync(() -> access.countryForMerge(country));
        TreatmentDetail detail = unwrap(treatment);
        Optional<CountryView> countryProfile = unwrap(formulary);
        if (country != null && countryProfile.isEmpty()) {
            accessDegraded.increment();
            return TreatmentAnswer.of(detail, null, List.of("access"));
        }
        TreatmentAnswer.TreatmentAccess inCountry = countryProfile.map(c -> new TreatmentAnswer.TreatmentAccess(c.code(), c.tier(),
                c.formulary().stream().filter(e -> e.inn().equalsIgnoreCase(inn)).findFirst().orElse(null)))
                .orElse(null);
        return TreatmentAnswer.of(detail, inCountry, List.of());
    }

    /** Rethrows what the call threw (a problem stays a problem), not the CompletionException around it. */
    static <T> T unwrap(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }
}
