package org.bcbm.common.access;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.bcbm.common.contract.Enums.Tier;
import org.bcbm.common.event.v1.ListingChanged.Affordability;
import org.bcbm.common.event.v1.ListingChanged.Entry;

/**
 * access-cost-service's rule for whether a regimen can be had in a country and what it costs a year, from the facts
 * of each of its agents there. Defined once: access-cost-service evaluates it for its own lookups, and
 * recommendation-service over the same facts as access-cost-service published them, so the two never disagree.
 */
public final class RegimenAccess {

    /** SDG 3.8.2: household health spending above 10 % of consumption is catastrophic. */
    public static final BigDecimal CATASTROPHIC_SHARE = new BigDecimal("0.10");

    /** What the rule needs of a country; {@code name} is what notes call it, {@code tier} may be the caller's. */
    public record Place(String name, String tier, Boolean radiotherapyAvailable, String radiotherapySource, Gni gni) {
    }

    /** The country's sourced GNI per capita (affordability), or null when none is on file. */
    public record Gni(BigDecimal perCapitaUsd, Integer year, String source) {
    }

    /** One regimen: the INNs it gives and whether it needs a radiotherapy machine. */
    public record Regimen(String id, List<String> agents, boolean radiotherapy) {
    }

    /** The verdict on one regimen in one place. */
    public record Result(String id, Boolean available, String availabilityNote, Boolean expectedAtTier,
            BigDecimal annualCost, String currency, BigDecimal annualCostUsd, Affordability affordability,
            Boolean genericAvailable, Boolean onWhoEssentialList, String costNote) {
    }

    private RegimenAccess() {
    }

    /**
     * @param agents the facts of each agent in the place, in regimen order (see {@link #unlisted} for an agent with
     *        no listing there)
     * @param notInCatalogue INNs the drug catalogue does not know: unknown availability, no cost
     */
    public static Result evaluate(Place place, Regimen regimen, List<Entry> agents, List<String> notInCatalogue) {
        List<Boolean> availability = new ArrayList<>(agents.stream().map(Entry::available).toList());
        notInCatalogue.forEach(u -> availability.add(null));
        if (regimen.radiotherapy()) {
            availability.add(place.radiotherapyAvailable());
        }
        Boolean available = allOf(availability);
        List<Boolean> expected = new ArrayList<>(agents.stream().map(Entry::expectedAtTier).toList());
        notInCatalogue.forEach(u -> expected.add(null));
        Boolean expectedAtTier = regimen.radiotherapy() && agents.isEmpty() ? null : allOf(expected);
        Cost cost = cost(agents, notInCatalogue);
        return new Result(regimen.id(), available,
                availabilityNote(place, regimen, agents, notInCatalogue, available, expectedAtTier), expectedAtTier,
                cost.amount, cost.currency, cost.usd, affordability(place.gni(), cost.usd),
                allOf(agents.stream().map(Entry::genericAvailable).toList()),
                allOf(agents.stream().map(Entry::onWhoEssentialList).toList()), cost.note);
    }

    /**
     * An agent the catalogue knows but nothing is on file for in the place: availability unknown, no price, and
     * only what the tier's rule expects.
     */
    public static Entry unlisted(String inn, String whoEml, String minimumTier, String tier) {
        return new Entry(inn, null, null, null, null, onEssentialList(whoEml), null, null, null, null, null, null,
                "no sourced price for " + inn + " in this country", Tier.reaches(tier, minimumTier), null, null, null, 0);
    }

    /** Whether a WHO EML status means listed; null when unknown. */
    public static Boolean onEssentialList(String whoEml) {
        return whoEml == null ? null : !"not_listed".equals(whoEml);
    }

    /** Needs a USD cost and a sourced GNI per capita; otherwise null, never estimated. */
    public static Affordability affordability(Gni gni, BigDecimal annualCostUsd) {
        if (annualCostUsd == null || gni == null || gni.perCapitaUsd() == null || gni.perCapitaUsd().signum() <= 0) {
            return null;
        }
        BigDecimal share = annualCostUsd.divide(gni.perCapitaUsd(), 4, RoundingMode.HALF_UP);
        return new Affordability(share, share.compareTo(CATASTROPHIC_SHARE) > 0, gni.perCapitaUsd(), gni.year(),
                gni.source());
    }

    /** true if all true, false if any false, otherwise null (unknown). */
    public static Boolean allOf(List<Boolean> values) {
        if (values.isEmpty()) {
            return null;
        }
        if (values.stream().anyMatch(Boolean.FALSE::equals)) {
            return false;
        }
        return values.stream().allMatch(Objects::nonNull) ? Boolean.TRUE : null;
    }

    private record Cost(BigDecimal amount, String currency, BigDecimal usd, String note) {
    }

    private static Cost cost(List<Entry> agents, List<String> notInCatalogue) {
        List<Entry> uncosted = agents.stream().filter(a -> a.annualCost() == null).toList();
        if (!agents.isEmpty() && uncosted.isEmpty() && notInCatalogue.isEmpty()) {
            BigDecimal amount = null;
            String currency = null;
            BigDecimal usd = null;
            Map<String, List<Entry>> byCurrency = agents.stream().collect(Collectors.groupingBy(Entry::annualCostCurrency));
            if (byCurrency.size() == 1) {
                currency = byCurrency.keySet().iterator().next();
                amount = agents.stream().map(Entry::annualCost).reduce(BigDecimal.ZERO, BigDecimal::add);
            }
            if (agents.stream().allMatch(a -> a.annualCostUsd() != null)) {
                usd = agents.stream().map(Entry::annualCostUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (amount == null) {
                    amount = usd;
                    currency = "USD";
                }
            }
            List<String> notes = new ArrayList<>();
            if (amount == null) {
                notes.add("agents are priced in different currencies and no dated exchange rate is on file");
            }
            // a costed agent's note is a caveat on its price (e.g. that it is old): it stays with the regimen's cost
            agents.stream().map(Entry::costNote).filter(Objects::nonNull).forEach(notes::add);
            return new Cost(amount, currency, usd, notes.isEmpty() ? null : String.join("; ", notes));
        }
        if (agents.isEmpty() && notInCatalogue.isEmpty()) {
            return new Cost(null, null, null, null);
        }
        return new Cost(null, null, null, "no annual cost: " + uncosted.stream()
                .map(a -> a.inn() + " (" + a.costNote() + ")").collect(Collectors.joining("; "))
                + (notInCatalogue.isEmpty() ? "" : "; not in the drug catalogue: " + String.join(", ", notInCatalogue)));
    }

    private static String availabilityNote(Place place, Regimen regimen, List<Entry> agents,
            List<String> notInCatalogue, Boolean available, Boolean expectedAtTier) {
        String where = place.name() == null ? "the patient's country" : place.name();
        List<String> parts = new ArrayList<>();
        agents.stream().filter(a -> Boolean.FALSE.equals(a.available()))
                .forEach(a -> parts.add(a.inn() + " is not available in " + where));
        agents.stream().filter(a -> a.available() == null)
                .forEach(a -> parts.add("no source on file for " + a.inn() + " in " + where));
        notInCatalogue.forEach(u -> parts.add(u + " is not in the drug catalogue"));
        if (regimen.radiotherapy()) {
            parts.add(place.radiotherapyAvailable() == null ? "no source on file for radiotherapy in " + where
                    : place.radiotherapyAvailable() ? "radiotherapy is available in " + where
                            + (place.radiotherapySource() == null ? "" : ": " + place.radiotherapySource())
                            : "no radiotherapy in " + where);
        }
        if (Boolean.TRUE.equals(available) && parts.isEmpty()) {
            return "every agent is available in " + where;
        }
        if (available == null && expectedAtTier != null && place.tier() != null) {
            parts.add("by the " + place.tier() + " resource tier's rule it is "
                    + (expectedAtTier ? "expected" : "not expected") + " (a rule, not a source)");
        }
        return String.join("; ", parts);
    }
}
