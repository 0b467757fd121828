package org.bcbm.access.event;

import org.bcbm.access.Country;
import org.bcbm.access.Drug;
import org.bcbm.access.rest.Views.Affordability;
import org.bcbm.access.rest.Views.FormularyEntry;
import org.bcbm.access.rest.Views.Price;
import org.bcbm.access.rest.Views.UsdRate;
import org.bcbm.common.event.v1.CountryChanged;
import org.bcbm.common.event.v1.DrugChanged;
import org.bcbm.common.event.v1.ListingChanged;

/** Maps access entities and computed formulary entries to the v1 event payloads; the only place those are built. */
public final class AccessPayloads {

    private AccessPayloads() {
    }

    public static CountryChanged country(Country c) {
        return new CountryChanged(c.code, c.name, c.incomeGroup, c.incomeGroupYear, c.tier(), c.tierSource(),
                c.radiotherapyAvailable, c.ngsAvailable, c.gniPerCapitaUsd, c.gniPerCapitaYear, c.gniPerCapitaSource);
    }

    public static DrugChanged drug(Drug d) {
        return new DrugChanged(d.inn, d.atcCode, d.formulations, d.whoEml, d.whoEmlYear, d.whoEmlIndication,
                d.genericExists, d.genericSource, d.schedule, d.minimumTier, d.requiresTest);
    }

    /**
     * The listing event carries what the Formulary computed (cost, USD, affordability), so consumers never redo the
     * arithmetic; drug catalogue facts stay out because DrugChanged carries them.
     */
    public static ListingChanged listing(String countryCode, FormularyEntry e) {
        return new ListingChanged(countryCode, new ListingChanged.Entry(e.inn(), e.available(), e.registered(),
                e.reimbursed(), e.genericAvailable(), e.onWhoEssentialList(), price(e.price()), e.schedule(),
                e.annualCost(), e.annualCostCurrency(), e.annualCostUsd(), usdRate(e.usdRate()), e.costNote(),
                e.expectedAtTier(), affordability(e.affordability()), e.source(), e.asOf(), e.version()));
    }

    private static ListingChanged.Price price(Price p) {
        return p == null ? null : new ListingChanged.Price(p.amount(), p.currency(), p.per(), p.source(), p.asOf());
    }

    private static ListingChanged.UsdRate usdRate(UsdRate r) {
        return r == null ? null : new ListingChanged.UsdRate(r.currency(), r.usdPerUnit(), r.asOf(), r.source());
    }

    private static ListingChanged.Affordability affordability(Affordability a) {
        return a == null ? null : new ListingChanged.Affordability(a.shareOfGniPerCapita(), a.catastrophic(),
                a.gniPerCapitaUsd(), a.gniYear(), a.gniSource());
    }
}
