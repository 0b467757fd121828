package org.bcbm.access.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.bcbm.access.Drug;
import org.bcbm.access.Listing;
import org.junit.jupiter.api.Test;

/** The annual-cost arithmetic for each schedule shape, checked by hand. */
class CostCalculatorTest {

    @Test
    void dailyTabletsContinuous() {
        // letrozole 2.5 mg daily, GBP 1.52 per 28 tablets: 365.25 / 28 packs
        var cost = CostCalculator.annualCost(drug("2.5", 28, 28), price("1.52", "28", "2.5"));
        assertEquals(new BigDecimal("19.83"), cost.amount());
        assertEquals("GBP", cost.currency());
    }

    @Test
    void threeWeeksOnOneWeekOffWithSeveralTabletsPerDose() {
        // ribociclib 600 mg = 3 x 200 mg, days 1-21 of 28, GBP 2950 per 63 tablets = one pack per cycle
        var cost = CostCalculator.annualCost(drug("600", 21, 28), price("2950", "63", "200"));
        assertEquals(new BigDecimal("38481.70"), cost.amount());
        assertEquals(new BigDecimal("821.8"), cost.unitsPerYear());
    }

    @Test
    void twiceDailyContinuous() {
        // abemaciclib 150 mg twice daily = 300 mg a day, 56 x 150 mg for GBP 2950
        var cost = CostCalculator.annualCost(drug("300", 28, 28), price("2950", "56", "150"));
        assertEquals(new BigDecimal("38481.70"), cost.amount());
    }

    @Test
    void injectionEveryFourWeeksPricedPerVial() {
        // denosumab 120 mg every 4 weeks, GBP 309.86 per vial: 13.04 administrations
        var cost = CostCalculator.annualCost(drug("120", 1, 28), price("309.86", "1", "120"));
        assertEquals(new BigDecimal("4042.01"), cost.amount());
    }

    @Test
    void injectionPricedPerMilligram() {
        // US ASP: denosumab USD 30.101 per 1 mg, 120 units a dose
        var cost = CostCalculator.annualCost(drug("120", 1, 28), price("30.101", "1", "1"));
        assertEquals(new BigDecimal("47118.82"), cost.amount());
    }

    @Test
    void everyTwelveWeeksCostsAThirdOfEveryFourWeeks() {
        var q4w = CostCalculator.annualCost(drug("4", 1, 28), price("100", "1", "4")).amount();
        var q12w = CostCalculator.annualCost(drug("4", 1, 84), price("100", "1", "4")).amount();
        assertEquals(0, q4w.compareTo(q12w.multiply(BigDecimal.valueOf(3))));
    }

    @Test
    void aPartUsedVialIsStillPaidInFull() {
        // 90 mg from 60 mg vials: two vials per dose
        var cost = CostCalculator.annualCost(drug("90", 1, 28), price("10", "1", "60"));
        assertEquals(new BigDecimal("260.89"), cost.amount());
    }

    @Test
    void weightBasedScheduleIsNotCosted() {
        Drug trastuzumab = drug(null, null, 21);
        trastuzumab.schedule = "6 mg/kg every 3 weeks";
        var cost = CostCalculator.annualCost(trastuzumab, price("407.40", "1", "150"));
        assertNull(cost.amount());
        assertTrue(cost.note().contains("weight or body surface"));
    }

    @Test
    void noPriceIsSaidNotGuessed() {
        var cost = CostCalculator.annualCost(drug("4", 1, 28), null);
        assertNull(cost.amount());
        assertTrue(cost.note().startsWith("no sourced price"));
    }

    static Drug drug(String doseMg, Integer perCycle, Integer cycleDays) {
        Drug d = new Drug();
        d.inn = "test";
        d.doseMg = doseMg == null ? null : new BigDecimal(doseMg);
        d.administrationsPerCycle = perCycle;
        d.cycleDays = cycleDays;
        return d;
    }

    static Listing price(String amount, String packUnits, String strengthMg) {
        Listing l = new Listing();
        l.priceAmount = new BigDecimal(amount);
        l.priceCurrency = "GBP";
        l.packUnits = new BigDecimal(packUnits);
        l.unitStrengthMg = new BigDecimal(strengthMg);
        return l;
    }
}
