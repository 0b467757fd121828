package org.bcbm.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bcbm.gateway.config.GatewayConfig;

/**
 * What the gateway remembers of evidence and access answers. Entries expire after a TTL; events on
 * evidence.events and access.events evict the changed aggregate at once, so a curator's change shows without
 * waiting for the TTL.
 */
@ApplicationScoped
public class KnowledgeCache {

    private record Entry(JsonNode value, Instant until) {
    }

    private final Map<String, Entry> trials = new ConcurrentHashMap<>();
    /** keyed by country code, then by the regimen-cost request key */
    private final Map<String, Map<String, Entry>> costs = new ConcurrentHashMap<>();
    private final GatewayConfig config;

    public KnowledgeCache(GatewayConfig config) {
        this.config = config;
    }

    public Optional<JsonNode> trial(String trialId) {
        return fresh(trials.get(trialId));
    }

    public void putTrial(String trialId, JsonNode trial) {
        trials.put(trialId, new Entry(trial, Instant.now().plus(config.cacheTtl())));
    }

    public Optional<JsonNode> costs(String country, String requestKey) {
        return fresh(costs.getOrDefault(country, Map.of()).get(requestKey));
    }

    public void putCosts(String country, String requestKey, JsonNode value) {
        costs.computeIfAbsent(country, c -> new ConcurrentHashMap<>())
                .put(requestKey, new Entry(value, Instant.now().plus(config.cacheTtl())));
    }

    public void evictTrial(String trialId) {
        trials.remove(trialId);
    }

    public void evictAllTrials() {
        trials.clear();
    }

    public void evictCountry(String country) {
        costs.remove(country);
    }

    /** A drug-level change (e.g. its essential-medicines status) touches every country. */
    public void evictAllCosts() {
        costs.clear();
    }

    private static Optional<JsonNode> fresh(Entry e) {
        return e != null && e.until().isAfter(Instant.now()) ? Optional.of(e.value()) : Optional.empty();
    }
}
