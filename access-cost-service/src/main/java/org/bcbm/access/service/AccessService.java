package org.bcbm.access.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.bcbm.access.Country;
import org.bcbm.access.Drug;
import org.bcbm.access.Listing;
import org.bcbm.access.rest.RegimenCostRequest;
import org.bcbm.access.rest.Views.CountryView;
import org.bcbm.access.rest.Views.FormularyEntry;
import org.bcbm.access.rest.Views.Page;
import org.bcbm.access.rest.Views.RegimenCost;
import org.bcbm.access.rest.Views.RegimenCosts;
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
        int from = Math.min(page * size, all.size());
        return new Page<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
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
        Drug drug = Drug.<Drug>findByIdOptional(inn.toLowerCase())
                .orElseThrow(() -> ProblemException.notFound("drug", inn));
        Map<String, FormularyEntry> byCountry = new java.util.TreeMap<>();
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

    private RegimenCost regimenCost(Country country, RegimenCostRequest.Regimen regimen, Map<String, Drug> drugs,
            Map<String, Listing> listings) {
        List<FormularyEntry> agents = new ArrayList<>();
        List<String> unknownDrugs = new ArrayList<>();
        for (String inn : regimen.agents()) {
            Drug drug = drugs.get(inn.toLowerCase());
            if (drug == null) {
                unknownDrugs.add(inn);
            } else {
                agents.add(formulary.entry(country, drug, listings.get(drug.inn)));
            }
        }
        List<Boolean> availability = new ArrayList<>(agents.stream().map(FormularyEntry::available).toList());
        unknownDrugs.forEach(u -> availability.add(null));
        if (regimen.radiotherapy()) {
            availability.add(country.radiotherapyAvailable);
        }
        Boolean available = allOf(availability);
        String availabilityNote = availabilityNote(country, regimen, agents, unknownDrugs, available);

        BigDecimal annualCost = null;
        BigDecimal annualCostUsd = null;
        String currency = null;
        String costNote = null;
        List<String> uncosted = agents.stream().filter(a -> a.annualCost() == null).map(FormularyEntry::inn).toList();
        if (!agents.isEmpty() && uncosted.isEmpty() && unknownDrugs.isEmpty()) {
            Map<String, List<FormularyEntry>> byCurrency = agents.stream()
                    .collect(Collectors.groupingBy(FormularyEntry::annualCostCurrency));
            if (byCurrency.size() == 1) {
                currency = byCurrency.keySet().iterator().next();
                annualCost = agents.stream().map(FormularyEntry::annualCost).reduce(BigDecimal.ZERO, BigDecimal::add);
            }
            if (agents.stream().allMatch(a -> a.annualCostUsd() != null)) {
                annualCostUsd = agents.stream().map(FormularyEntry::annualCostUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (annualCost == null) {
                    annualCost = annualCostUsd;
                    currency = "USD";
                }
            }
            if (annualCost == null) {
                costNote = "agents are priced in different currencies and no dated exchange rate is on file";
            }
        } else if (!agents.isEmpty() || !unknownDrugs.isEmpty()) {
            List<String> missing = new ArrayList<>(uncosted);
            missing.addAll(unknownDrugs);
            costNote = "no annual cost: " + agents.stream().filter(a -> a.annualCost() == null)
                    .map(a -> a.inn() + " (" + a.costNote() + ")").collect(Collectors.joining("; "))
                    + (unknownDrugs.isEmpty() ? "" : "; not in the drug catalogue: " + String.join(", ", unknownDrugs));
        }
        List<Boolean> expected = new ArrayList<>(agents.stream().map(FormularyEntry::expectedAtTier).toList());
        unknownDrugs.forEach(u -> expected.add(null));
        return new RegimenCost(regimen.id(), available, availabilityNote,
                regimen.radiotherapy() && agents.isEmpty() ? null : allOf(expected), annualCost, currency,
                annualCostUsd, Formulary.affordability(country, annualCostUsd),
                allOf(agents.stream().map(FormularyEntry::genericAvailable).toList()),
                allOf(agents.stream().map(FormularyEntry::onWhoEssentialList).toList()), costNote, agents);
    }

    private static String availabilityNote(Country country, RegimenCostRequest.Regimen regimen,
            List<FormularyEntry> agents, List<String> unknownDrugs, Boolean available) {
        List<String> parts = new ArrayList<>();
        agents.stream().filter(a -> Boolean.FALSE.equals(a.available()))
                .forEach(a -> parts.add(a.inn() + " is not registered in " + country.name));
        agents.stream().filter(a -> a.available() == null)
                .forEach(a -> parts.add("no source on file for " + a.inn() + " in " + country.name));
        unknownDrugs.forEach(u -> parts.add(u + " is not in the drug catalogue"));
        if (regimen.radiotherapy()) {
            parts.add(country.radiotherapyAvailable == null ? "radiotherapy availability in " + country.name + " is unknown"
                    : country.radiotherapyAvailable ? "radiotherapy available: " + country.radiotherapySource
                            : "no radiotherapy in " + country.name);
        }
        if (Boolean.TRUE.equals(available) && parts.isEmpty()) {
            return "every agent is registered in " + country.name;
        }
        return String.join("; ", parts);
    }

    /** true if all true, false if any false, otherwise null (unknown). */
    static Boolean allOf(List<Boolean> values) {
        if (values.isEmpty()) {
            return null;
        }
        if (values.stream().anyMatch(Boolean.FALSE::equals)) {
            return false;
        }
        return values.stream().allMatch(Objects::nonNull) ? Boolean.TRUE : null;
    }

    private static Country find(String code) {
        return Country.<Country>findByIdOptional(code.toUpperCase())
                .orElseThrow(() -> ProblemException.notFound("country", code));
    }

    private static Map<String, Listing> listings(String countryCode) {
        return Listing.<Listing>list("id.countryCode", countryCode).stream()
                .collect(Collectors.toMap(l -> l.id.inn, l -> l));
    }

    private static CountryView view(Country c, List<FormularyEntry> formulary) {
        String tier = c.tier();
        var diagnostics = new org.bcbm.access.rest.Views.Diagnostics(
                new org.bcbm.access.rest.Views.Diagnostic(c.ihcAvailable, org.bcbm.access.ResourceTier.diagnosticExpected(tier, "ihc")),
                new org.bcbm.access.rest.Views.Diagnostic(c.ishAvailable, org.bcbm.access.ResourceTier.diagnosticExpected(tier, "ish")),
                new org.bcbm.access.rest.Views.Diagnostic(c.ngsAvailable, org.bcbm.access.ResourceTier.diagnosticExpected(tier, "ngs")),
                c.diagnosticsSource, c.diagnosticsAsOf);
        return new CountryView(c.code, c.name, c.incomeGroup, c.incomeGroupYear, c.incomeGroupSource, tier,
                c.tierSource(), c.tierOverrideReason, diagnostics, c.publicCoverage, c.publicCoverageSource,
                c.radiotherapyAvailable, c.radiotherapySource, c.gniPerCapitaUsd,
                c.gniPerCapitaYear, c.gniPerCapitaSource, formulary, c.version);
    }
}
