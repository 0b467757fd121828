package org.bcbm.access.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bcbm.access.Country;
import org.bcbm.access.Drug;
import org.bcbm.access.Listing;
import org.bcbm.access.ResourceTier;
import org.bcbm.common.access.RegimenAccess;
import org.bcbm.common.contract.Page;
import org.bcbm.common.contract.Recommendation.Affordability;
import org.bcbm.common.contract.access.AccessViews.CountryView;
import org.bcbm.common.contract.access.AccessViews.Diagnostic;
import org.bcbm.common.contract.access.AccessViews.Diagnostics;
import org.bcbm.common.contract.access.AccessViews.FormularyEntry;
import org.bcbm.common.contract.access.AccessViews.RegimenCost;
import org.bcbm.common.contract.access.AccessViews.RegimenCosts;
import org.bcbm.common.contract.access.RegimenCostRequest;
import org.bcbm.common.problem.ProblemException;

/** Read side of access: country profiles with their formulary, and the cost of regimens in a country. */
@ApplicationScoped
public class AccessService {

    private final Formulary formulary;

    public AccessService(Formulary formulary) {
        this.formulary = formulary;
    }

    @Transactional
    public Page<CountryView> countries(String incomeGroup, String tier, int page, int size) {
        List<CountryView> all = Country.<Country>listAll(Sort.by("code")).stream()
                .filter(c -> incomeGroup == null || incomeGroup.equals(c.incomeGroup))
                .filter(c -> tier == null || tier.equals(c.tier()))
                .map(c -> view(c, List.of()))
                .toList();
        return Page.of(all, page, size);
    }

    @Transactional
    public CountryView country(String code) {
        Country country = find(code);
        Map<String, Listing> listings = listings(country.code);
        List<FormularyEntry> entries = Drug.<Drug>listAll(Sort.by("inn")).stream()
                .map(d -> formulary.entry(country, d, listings.get(d.inn)))
                .toList();
        return view(country, entries);
    }

    /** One drug across every country that has something on file for it. */
    @Transactional
    public Map<String, FormularyEntry> drugAcrossCountries(String inn) {
        Drug drug = Drug.<Drug>findByIdOptional(inn.toLowerCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("drug", inn));
        Map<String, FormularyEntry> byCountry = new TreeMap<>();
        Listing.<Listing>list("id.inn", drug.inn).forEach(l -> byCountry.put(l.id.countryCode,
                formulary.entry(Country.findById(l.id.countryCode), drug, l)));
        return byCountry;
    }

    @Transactional
    public RegimenCosts regimenCosts(RegimenCostRequest request) {
        Country country = find(request.country());
        Map<String, Listing> listings = listings(country.code);
        Map<String, Drug> drugs = new HashMap<>();
        Drug.<Drug>listAll().forEach(d -> drugs.put(d.inn, d));
        List<RegimenCost> costs = new ArrayList<>();
        for (RegimenCostRequest.Regimen regimen : request.regimens()) {
            costs.add(regimenCost(country, regimen, drugs, listings));
        }
        return new RegimenCosts(country.code, country.tier(), country.tierSource(), costs);
    }

    /** The regimen rule is {@link RegimenAccess}: the same code recommendation-service evaluates over our events. */
    private RegimenCost regimenCost(Country country, RegimenCostRequest.Regimen regimen, Map<String, Drug> drugs,
            Map<String, Listing> listings) {
        List<FormularyEntry> agents = new ArrayList<>();
        List<String> notInCatalogue = new ArrayList<>();
        for (String inn : regimen.agents()) {
            Drug drug = drugs.get(inn.toLowerCase(Locale.ROOT));
            if (drug == null) {
                notInCatalogue.add(inn);
            } else {
                agents.add(formulary.entry(country, drug, listings.get(drug.inn)));
            }
        }
        RegimenAccess.Result r = RegimenAccess.evaluate(Formulary.place(country),
                new RegimenAccess.Regimen(regimen.id(), regimen.agents(), regimen.radiotherapy()),
                agents.stream().map(Formulary::eventEntry).toList(), notInCatalogue);
        return RegimenCost.builder().id(r.id()).available(r.available()).availabilityNote(r.availabilityNote())
                .expectedAtTier(r.expectedAtTier()).annualCost(r.annualCost()).currency(r.currency())
                .annualCostUsd(r.annualCostUsd()).affordability(Affordability.of(r.affordability()))
                .genericAvailable(r.genericAvailable()).onWhoEssentialList(r.onWhoEssentialList()).costNote(r.costNote())
                .agents(agents).build();
    }

    private static Country find(String code) {
        return Country.<Country>findByIdOptional(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("country", code));
    }

    private static Map<String, Listing> listings(String countryCode) {
        return Listing.<Listing>list("id.countryCode", countryCode).stream()
                .collect(Collectors.toMap(l -> l.id.inn, l -> l));
    }

    private static CountryView view(Country c, List<FormularyEntry> formulary) {
        String tier = c.tier();
        var diagnostics = Diagnostics.builder()
                .ihc(new Diagnostic(c.ihcAvailable, ResourceTier.diagnosticExpected(tier, "ihc")))
                .ish(new Diagnostic(c.ishAvailable, ResourceTier.diagnosticExpected(tier, "ish")))
                .ngs(new Diagnostic(c.ngsAvailable, ResourceTier.diagnosticExpected(tier, "ngs")))
                .source(c.diagnosticsSource).asOf(c.diagnosticsAsOf).build();
        return CountryView.builder().code(c.code).name(c.name).incomeGroup(c.incomeGroup)
                .incomeGroupYear(c.incomeGroupYear).incomeGroupSource(c.incomeGroupSource).tier(tier)
                .tierSource(c.tierSource()).tierOverrideReason(c.tierOverrideReason).diagnostics(diagnostics)
                .publicCoverage(c.publicCoverage).publicCoverageSource(c.publicCoverageSource)
                .radiotherapyAvailable(c.radiotherapyAvailable).radiotherapySource(c.radiotherapySource)
                .gniPerCapitaUsd(c.gniPerCapitaUsd).gniPerCapitaYear(c.gniPerCapitaYear)
                .gniPerCapitaSource(c.gniPerCapitaSource).formulary(formulary).version(c.version).build();
    }
}
