package org.bcbm.access.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.bcbm.access.Listing;
import org.bcbm.common.regimen.AgentSchedule;
import org.junit.jupiter.api.Test;

/** The annual-cost arithmetic for each schedule shape, checked by hand. */
class CostCalculatorTest {

    @Test
    void dailyTabletsContinuous() {
        // letrozole 2.5 mg daily, GBP 1.52 per 28 tablets: 365.25 / 28 packs
        var cost = CostCalculator.annualCost("test", schedule("2.5", 28, 28), price("1.52", "28", "2.5"));
        assertEquals(new BigDecimal("19.83"), cost.amount());
        assertEquals("GBP", cost.currency());
    }

    @Test
    void threeWeeksOnOneWeekOffWithSeveralTabletsPerDose() {
        // ribociclib 600 mg = 3 x 200 mg, days 1-21 of 28, GBP 2950 per 63 tablets = one pack per cycle
        var cost = CostCalculator.annualCost("test", schedule("600", 21, 28), price("2950", "63", "200"));
        assertEquals(new BigDecimal("38481.70"), cost.amount());
        assertEquals(new BigDecimal("821.8"), cost.unitsPerYear());
    }

    @Test
    void twiceDailyContinuous() {
        // abemaciclib 150 mg twice daily = 300 mg a day, 56 x 150 mg for GBP 2950
        var cost = CostCalculator.annualCost("test", schedule("300", 28, 28), price("2950", "56", "150"));
        assertEquals(new BigDecimal("38481.70"), cost.amount());
    }

    @Test
    void injectionEveryFourWeeksPricedPerVial() {
        // denosumab 120 mg every 4 weeks, GBP 309.86 per vial: 13.04 administrations
        var cost = CostCalculator.annualCost("test", schedule("120", 1, 28), price("309.86", "1", "120"));
        assertEquals(new BigDecimal("4042.01"), cost.amount());
    }

    @Test
    void injectionPricedPerMilligram() {
        // US ASP: denosumab USD 30.101 per 1 mg, 120 units a dose
        var cost = CostCalculator.annualCost("test", schedule("120", 1, 28), price("30.101", "1", "1"));
        assertEquals(new BigDecimal("47118.82"), cost.amount());
    }

    @Test
    void everyTwelveWeeksCostsAThirdOfEveryFourWeeks() {
        var q4w = CostCalculator.annualCost("test", schedule("4", 1, 28), price("100", "1", "4")).amount();
        var q12w = CostCalculator.annualCost("test", schedule("4", 1, 84), price("100", "1", "4")).amount();
        assertEquals(0, q4w.compareTo(q12w.multiply(BigDecimal.valueOf(3))));
    }

    @Test
    void aPartUsedVialIsStillPaidInFull() {
        // 90 mg from 60 mg vials: two vials per dose
        var cost = CostCalculator.annualCost("test", schedule("90", 1, 28), price("10", "1", "60"));
        assertEquals(new BigDecimal("260.89"), cost.amount());
    }

    @Test
    void weightBasedScheduleIsNotCosted() {
        AgentSchedule trastuzumab = AgentSchedule.of("trastuzumab", AgentSchedule.Route.IV).cycleDays(21)
                .text("6 mg/kg every 3 weeks", "test");
        var cost = CostCalculator.annualCost("trastuzumab", trastuzumab, price("407.40", "1", "150"));
        assertNull(cost.amount());
        assertTrue(cost.note().contains("weight, body surface"));
    }

    @Test
    void noPriceIsSaidNotGuessed() {
        var cost = CostCalculator.annualCost("test", schedule("4", 1, 28), null);
        assertNull(cost.amount());
        assertTrue(cost.note().startsWith("no sourced price"));
    }

    @Test
    void investigationalAgentWithoutScheduleIsNotCosted() {
        var cost = CostCalculator.annualCost("vactosertib", null, price("10", "1", "10"));
        assertNull(cost.amount());
        assertTrue(cost.note().contains("no standard schedule"));
    }

    @Test
    void aPriceWithheldAsStaleIsNamedInTheNote() {
        Listing withheld = new Listing();
        withheld.withheldPrice = "GBP 522.41 per pack (NICE TA239, as of 2011-12-01) withheld as stale";
        var cost = CostCalculator.annualCost("fulvestrant", schedule("500", 1, 28), withheld);
        assertNull(cost.amount());
        assertTrue(cost.note().contains("withheld as stale"), cost.note());
    }

    static AgentSchedule schedule(String doseMg, int perCycle, int cycleDays) {
        return AgentSchedule.of("test", AgentSchedule.Route.ORAL).fixed(doseMg, perCycle, cycleDays).text("test", "test");
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
