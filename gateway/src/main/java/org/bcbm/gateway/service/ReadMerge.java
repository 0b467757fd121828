package org.bcbm.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
    public JsonNode treatment(String inn, String country) {
        CompletableFuture<JsonNode> treatment = executor.supplyAsync(() -> evidence.treatment(inn));
        CompletableFuture<Optional<JsonNode>> formulary = country == null
                ? CompletableFuture.completedFuture(Optional.empty())
                : executor.supplyAsync(() -> access.countryForMerge(country));
        ObjectNode merged = unwrap(treatment).deepCopy();
        Optional<JsonNode> countryProfile = unwrap(formulary);
        boolean degraded = country != null && countryProfile.isEmpty();
        if (country != null) {
            countryProfile.ifPresent(c -> {
                ObjectNode access = merged.putObject("access").put("country", c.path("code").asText())
                        .put("tier", c.path("tier").asText(null));
                for (JsonNode entry : c.path("formulary")) {
                    if (entry.path("inn").asText().equalsIgnoreCase(inn)) {
                        access.set("formulary", entry);
                    }
                }
            });
        }
        merged.put("partial", degraded);
        merged.putArray("degraded");
        if (degraded) {
            merged.withArray("degraded").add("access");
            accessDegraded.increment();
        }
        return merged;
    }

    /** Rethrows what the call threw (a problem stays a problem), not the CompletionException around it. */
    static <T> T unwrap(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }
}
