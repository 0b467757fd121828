package org.bcbm.gateway.client;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.bcbm.common.problem.ProblemException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** access-cost-service with its failure policy: merges degrade, reads it alone can answer are a 503. */
// every method gets its own breaker and, unless it says otherwise, a 3 s timeout
@ApplicationScoped
@Timeout(3000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = ProblemException.class)
public class AccessClient {

    private final AccessApi api;

    public AccessClient(@RestClient AccessApi api) {
        this.api = api;
    }

    /** Costs and availability of many regimens in one country, or empty when access-cost-service is slow or down. */
    @Timeout(1500)
    @Fallback(fallbackMethod = "noCountry", skipOn = ProblemException.class)
    public Optional<JsonNode> countryForMerge(String code) {
        return Optional.of(api.country(code));
    }

    Optional<JsonNode> noCountry(String code) {
        return Optional.empty();
    }

    @Fallback(value = Unavailable.Access.class, skipOn = ProblemException.class)
    public JsonNode country(String code) {
        return api.country(code);
    }

    @Fallback(value = Unavailable.Access.class, skipOn = ProblemException.class)
    public JsonNode countries(String incomeGroup, String tier, Integer page, Integer size) {
        return api.countries(incomeGroup, tier, page, size);
    }

    @Fallback(value = Unavailable.Access.class, skipOn = ProblemException.class)
    public JsonNode drugAvailability(String inn) {
        return api.drugAvailability(inn);
    }

    /** The public regimen-cost lookup: unlike the merge, a partner asked for costs alone, so down is a 503. */
    @Fallback(value = Unavailable.Access.class, skipOn = ProblemException.class)
    public JsonNode regimenCosts(JsonNode request) {
        return api.regimenCosts(request);
    }

    @Timeout(5000)
    @Fallback(value = Unavailable.Access.class, skipOn = ProblemException.class)
    public JsonNode updatePrice(String code, String inn, JsonNode update) {
        return api.updatePrice(code, inn, update);
    }

    @Timeout(5000)
    @Fallback(value = Unavailable.Access.class, skipOn = ProblemException.class)
    public JsonNode updateAvailability(String code, String inn, JsonNode update) {
        return api.updateAvailability(code, inn, update);
    }

    @Timeout(5000)
    @Fallback(value = Unavailable.Access.class, skipOn = ProblemException.class)
    public JsonNode overrideTier(String code, JsonNode update) {
        return api.overrideTier(code, update);
    }

    @Timeout(5000)
    @Fallback(value = Unavailable.Access.class, skipOn = ProblemException.class)
    public JsonNode updateDiagnostics(String code, JsonNode update) {
        return api.updateDiagnostics(code, update);
    }

    /** Republishes what the topic lacks; reads the whole topic first, so it may take far longer than a read. */
    @Timeout(60_000)
    @Fallback(value = Unavailable.Access.class, skipOn = ProblemException.class)
    public JsonNode reconcile() {
        return api.reconcile();
    }
}
