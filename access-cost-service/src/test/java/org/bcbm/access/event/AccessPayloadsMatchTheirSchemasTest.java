package org.bcbm.access.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.bcbm.access.Country;
import org.bcbm.access.Drug;
import org.bcbm.access.Listing;
import org.bcbm.access.service.Formulary;
import org.bcbm.access.service.PriceAges;
import org.bcbm.common.contract.access.AccessViews.UsdRate;
import org.bcbm.common.event.v1.CountryChanged;
import org.bcbm.common.event.v1.DrugChanged;
import org.bcbm.common.event.v1.ListingChanged;
import org.bcbm.testsupport.Contracts;
import org.junit.jupiter.api.Test;

/** The payloads access-cost-service writes to its outbox match docs/contracts, the files consumers test against. */
class AccessPayloadsMatchTheirSchemasTest {

    /** The Formulary's arithmetic as in production, with the GBP rate of migration V4 instead of a database. */
    private final Formulary formulary = new Formulary(null, PriceAges.on(LocalDate.of(2026, 11, 30))) {
        @Override
        public UsdRate rate(String currency) {
            return "GBP".equals(currency) ? new UsdRate("GBP", new BigDecimal("1.2787"), LocalDate.of(2024, 12, 31),
                    "HMRC yearly average rate to 31 December 2024 (USD 1.2787 per GBP)") : null;
        }
    };

    @Test
    void countryChangedPayloadMatchesItsSchema() {
        CountryChanged payload = AccessPayloads.country(unitedKingdom());

        assertEquals(List.of(), Contracts.violations(CountryChanged.TYPE, Contracts.toJson(payload)));
        assertEquals(new BigDecimal("54550.00"), payload.gniPerCapitaUsd());
        assertEquals("maximal", payload.tier());
    }

    @Test
    void countryChangedOfAnUncuratedCountryMatchesItsSchema() {
        Country niue = new Country();
        niue.code = "NU";
        niue.name = "Niue";

        JsonNode json = Contracts.toJson(AccessPayloads.country(niue));

        assertEquals(List.of(), Contracts.violations(CountryChanged.TYPE, json));
    }

    @Test
    void drugChangedPayloadMatchesItsSchema() {
        JsonNode json = Contracts.toJson(AccessPayloads.drug(denosumab()));

        assertEquals(List.of(), Contracts.violations(DrugChanged.TYPE, json));
    }

    @Test
    void listingChangedPayloadMatchesItsSchema() {
        Country gb = unitedKingdom();
        ListingChanged payload = listing(gb, gbDenosumab());

        assertEquals(List.of(), Contracts.violations(ListingChanged.TYPE, Contracts.toJson(payload)));
        assertEquals(new BigDecimal("4042.01"), payload.listing().annualCost());
        assertEquals(new BigDecimal("5168.52"), payload.listing().annualCostUsd());
        assertEquals(new BigDecimal("0.0947"), payload.listing().affordability().shareOfGniPerCapita());
    }

    @Test
    void listingChangedWithNothingOnFileMatchesItsSchema() {
        Country gb = unitedKingdom();
        ListingChanged payload = listing(gb, null);

        assertEquals(List.of(), Contracts.violations(ListingChanged.TYPE, Contracts.toJson(payload)));
        assertNull(payload.listing().available(), "no source, no claim");
        assertNull(payload.listing().price());
    }

    @Test
    void aRenamedListingFieldFailsTheSchema() {
        Country gb = unitedKingdom();
        JsonNode json = Contracts.toJson(listing(gb, gbDenosumab()));
        ObjectNode listing = (ObjectNode) json.path("listing");
        listing.set("isAvailable", listing.remove("available"));

        List<String> violations = Contracts.violations(ListingChanged.TYPE, json);

        assertFalse(violations.isEmpty());
        assertTrue(violations.stream().anyMatch(v -> v.contains("isAvailable")), violations::toString);
    }

    /** What AccessEvents publishes for a denosumab listing: the Formulary's entry, converted once. */
    private ListingChanged listing(Country country, Listing listing) {
        return new ListingChanged(country.code, Formulary.eventEntry(formulary.entry(country, denosumab(), listing)));
    }

    private static Country unitedKingdom() {
        Country c = new Country();
        c.code = "GB";
        c.name = "United Kingdom";
        c.incomeGroup = "high";
        c.incomeGroupYear = 2027;
        c.incomeGroupSource = "World Bank country classification FY2027";
        c.radiotherapyAvailable = true;
        c.ngsAvailable = true;
        c.gniPerCapitaUsd = new BigDecimal("54550.00");
        c.gniPerCapitaYear = 2025;
        c.gniPerCapitaSource = "World Bank WDI NY.GNP.PCAP.CD (Atlas method), July 2026";
        c.version = 5;
        return c;
    }

    private static Drug denosumab() {
        Drug d = new Drug();
        d.inn = "denosumab";
        d.atcCode = "M05BX04";
        d.formulations = "injection: 120 mg/1.7 mL (70 mg/mL) in a single-dose vial (Xgeva)";
        d.whoEml = "not_listed";
        d.whoEmlYear = 2025;
        d.whoEmlIndication = "absent from the 24th list";
        d.genericExists = true;
        d.genericSource = "biosimilars: FDA approved denosumab-bbdz on 5 March 2024";
        d.minimumTier = "enhanced";
        d.version = 2;
        return d;
    }

    private static Listing gbDenosumab() {
        Listing l = new Listing();
        l.id = new Listing.Key("GB", "denosumab");
        l.registered = true;
        l.reimbursed = true;
        l.availabilitySource = "NICE TA265 (recommended for bone metastases from breast cancer)";
        l.availabilityAsOf = LocalDate.of(2012, 10, 1);
        l.priceAmount = new BigDecimal("309.86");
        l.priceCurrency = "GBP";
        l.pricePer = "120 mg vial (Xgeva)";
        l.packUnits = new BigDecimal("1");
        l.unitStrengthMg = new BigDecimal("120");
        l.priceSource = "a test list price";
        l.priceAsOf = LocalDate.of(2025, 10, 1); // within the maximum price age on the day ages are measured
        l.version = 2;
        return l;
    }
}
