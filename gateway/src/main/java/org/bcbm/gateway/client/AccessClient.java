package org.bcbm.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.bcbm.common.contract.Page;
import org.bcbm.common.contract.access.AccessViews.CountryView;
import org.bcbm.common.contract.access.AccessViews.FormularyEntry;
import org.bcbm.common.contract.access.AccessViews.RegimenCosts;
import org.bcbm.common.contract.access.AvailabilityUpdate;
import org.bcbm.common.contract.access.DiagnosticsUpdate;
import org.bcbm.common.contract.access.PriceUpdate;
import org.bcbm.common.contract.access.RegimenCostRequest;
import org.bcbm.common.contract.access.TierOverride;
import org.bcbm.common.outbox.Reconciliation;
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
    public Optional<CountryView> countryForMerge(String code) {
        return Optional.of(api.country(code));
    }

    Optional<CountryView> noCountry(String code) {
        return Optional.empty();
    }

    @Fallback(value = Unavailable.Country.class, skipOn = ProblemException.class)
    public CountryView country(String code) {
        return api.country(code);
    }

    @Fallback(value = Unavailable.CountryPage.class, skipOn = ProblemException.class)
    public Page<CountryView> countries(String incomeGroup, String tier, Integer page, Integer size) {
        return api.countries(incomeGroup, tier, page, size);
    }

    @Fallback(value = Unavailable.DrugAvailability.class, skipOn = ProblemException.class)
    public Map<String, FormularyEntry> drugAvailability(String inn) {
        return api.drugAvailability(inn);
    }

    /** The public regimen-cost lookup: unlike the merge, a partner asked for costs alone, so down is a 503. */
    @Fallback(value = Unavailable.Costs.class, skipOn = ProblemException.class)
    public RegimenCosts regimenCosts(RegimenCostRequest request) {
        return api.regimenCosts(request);
    }

    @Timeout(5000)
    @Fallback(value = Unavailable.Formulary.class, skipOn = ProblemException.class)
    public FormularyEntry updatePrice(String code, String inn, PriceUpdate update) {
        return api.updatePrice(code, inn, update);
    }

    @Timeout(5000)
    @Fallback(value = Unavailable.Formulary.class, skipOn = ProblemException.class)
    public FormularyEntry updateAvailability(String code, String inn, AvailabilityUpdate update) {
        return api.updateAvailability(code, inn, update);
    }

    @Timeout(5000)
    @Fallback(value = Unavailable.Country.class, skipOn = ProblemException.class)
    public CountryView overrideTier(String code, TierOverride update) {
        return api.overrideTier(code, update);
    }

    @Timeout(5000)
    @Fallback(value = Unavailable.Country.class, skipOn = ProblemException.class)
    public CountryView updateDiagnostics(String code, DiagnosticsUpdate update) {
        return api.updateDiagnostics(code, update);
    }

    /** Republishes what the topic lacks; reads the whole topic first, so it may take far longer than a read. */
    @Timeout(60_000)
    @Fallback(value = Unavailable.AccessReconciliation.class, skipOn = ProblemException.class)
    public Reconciliation reconcile() {
        return api.reconcile();
    }
}
