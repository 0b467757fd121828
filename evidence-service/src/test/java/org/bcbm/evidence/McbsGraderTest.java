package org.bcbm.evidence;

import java.math.BigDecimal;
import org.bcbm.common.contract.evidence.EvidenceViews.McbsGrade;
import org.bcbm.common.problem.ProblemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ESMO-MCBS v1.1 forms 2a and 2b: ESMO's published scorecards, every band edge, adjustments, refusals. */
class McbsGraderTest {

    static McbsGrade grade(String form, String control, String experimental, String hr, String lo, String hi,
            boolean qol, boolean lessTox, boolean moreTox, Boolean os) {
        return McbsGrader.grade(new McbsGrader.Input(form, dec(control), dec(experimental), dec(hr), dec(lo), dec(hi),
                qol, lessTox, moreTox, os, null));
    }

    /** A result with its reported p value and no adjustment. */
    static McbsGrade graded(String form, String control, String experimental, String hr, String lo, String hi,
            String p) {
        return McbsGrader.grade(new McbsGrader.Input(form, dec(control), dec(experimental), dec(hr), dec(lo), dec(hi),
                false, false, false, null, p));
    }

    static ProblemException refused(String form, String control, String experimental, String hr, String lo, String hi,
            String p) {
        return assertThrows(ProblemException.class, () -> graded(form, control, experimental, hr, lo, hi, p));
    }

    static BigDecimal dec(String v) {
        return v == null || v.isEmpty() ? null : new BigDecimal(v);
    }

    @ParameterizedTest(name = "{0} -> {8}")
    @DisplayName("Published ESMO-MCBS scorecards are reproduced")
    @CsvSource(value = {
            // trial, form, control, experimental, HR, CI low, CI high, QoL improved, final grade
            "CLEOPATRA OS,    2a, 40.8, 57.1, 0.69, 0.58, 0.82, false, 4",
            "MONALEESA-7 OS,  2a, 40.9,     , 0.71, 0.54, 0.95, true,  5",
            "MONALEESA-3 OS,  2a, 41.5, 53.7, 0.73, 0.59, 0.90, false, 4",
            "PALOMA-3 PFS,    2b, 4.6,  9.5,  0.46, 0.36, 0.59, true,  4",
            "PALOMA-2 PFS,    2b, 14.5, 27.6, 0.56, 0.46, 0.69, false, 3"})
    void publishedScorecards(String trial, String form, String control, String experimental, String hr, String lo,
            String hi, boolean qol, int expected) {
        assertEquals(expected, grade(form, control, experimental, hr, lo, hi, qol, false, false, null).finalGrade(), trial);
    }

    @Test
    @DisplayName("A median not reached: the gain is estimated from the HR (control / HR - control)")
    void gainEstimatedFromHazardRatio() {
        var r = grade("2a", "40.9", null, "0.71", "0.54", "0.95", false, false, false, null);
        assertTrue(r.gainEstimatedFromHazardRatio());
        assertEquals(new BigDecimal("16.7"), r.gainMonths());
        assertEquals(4, r.preliminaryGrade());
    }

    @ParameterizedTest(name = "2a, control {0} mo, gain {1} mo, CI lower {2} -> {3}")
    @DisplayName("Form 2a band edges")
    @CsvSource({
            // control median <= 12 months: 4 = LL <= 0.65 and gain >= 3; 3 = gain 2-<3; 1 = LL > 0.70 or gain < 1.5
            "12,   3.0, 0.65, 4",
            "12,   2.9, 0.65, 3",
            "12,   2.0, 0.65, 3",
            "12,   1.9, 0.65, 2",
            "12,   3.0, 0.66, 2",
            "12,   3.0, 0.70, 2",
            "12,   3.0, 0.71, 1",
            "12,   1.5, 0.60, 2",
            "12,   1.4, 0.60, 1",
            // > 12 to <= 24 months: 4 = LL <= 0.70 and gain >= 5; 3 = gain 3-<5; 1 = LL > 0.75 or gain < 1.5
            "12.1, 5.0, 0.70, 4",
            "24,   4.9, 0.70, 3",
            "24,   3.0, 0.70, 3",
            "24,   2.9, 0.70, 2",
            "24,   5.0, 0.71, 2",
            "24,   5.0, 0.75, 2",
            "24,   5.0, 0.76, 1",
            "24,   1.4, 0.50, 1",
            // > 24 months: 4 = LL <= 0.70 and gain >= 9; 3 = gain 6-<9; 2 = gain 4-<6; 1 = LL > 0.75 or gain < 4
            "24.1, 9.0, 0.70, 4",
            "30,   8.9, 0.70, 3",
            "30,   6.0, 0.70, 3",
            "30,   5.9, 0.70, 2",
            "30,   4.0, 0.75, 2",
            "30,   3.9, 0.50, 1",
            "30,   9.0, 0.76, 1"})
    void form2aBands(String control, String gain, String lower, int expected) {
        String experimental = new BigDecimal(control).add(new BigDecimal(gain)).toPlainString();
        assertEquals(expected, grade("2a", control, experimental, "0.80", lower, "0.95", false, false, false, null)
                .preliminaryGrade());
    }

    @ParameterizedTest(name = "2b, control {0} mo, gain {1} mo, CI lower {2} -> {3}")
    @DisplayName("Form 2b band edges")
    @CsvSource({
            // control median PFS <= 6 months: 3 = LL <= 0.65 and gain >= 1.5; 1 = LL > 0.75 or gain < 1.0
            "6,   1.5, 0.65, 3",
            "6,   1.4, 0.65, 2",
            "6,   1.0, 0.65, 2",
            "6,   0.9, 0.50, 1",
            "6,   1.5, 0.66, 2",
            "6,   1.5, 0.75, 2",
            "6,   1.5, 0.76, 1",
            // > 6 months: 3 = LL <= 0.65 and gain >= 3; 1 = LL > 0.75 or gain < 1.5
            "6.1, 3.0, 0.65, 3",
            "6.1, 2.9, 0.65, 2",
            "6.1, 1.5, 0.65, 2",
            "6.1, 1.4, 0.50, 1",
            "6.1, 3.0, 0.76, 1"})
    void form2bBands(String control, String gain, String lower, int expected) {
        String experimental = new BigDecimal(control).add(new BigDecimal(gain)).toPlainString();
        assertEquals(expected, grade("2b", control, experimental, "0.80", lower, "0.95", false, false, false, null)
                .preliminaryGrade());
    }

    @Test
    @DisplayName("2a upgrades for QoL or less toxicity, never above 5")
    void form2aUpgradeCappedAtFive() {
        assertEquals(5, grade("2a", "20", "30", "0.6", "0.5", "0.7", true, true, false, null).finalGrade());
        assertEquals(3, grade("2a", "20", "21.6", "0.8", "0.72", "0.9", false, true, false, null).finalGrade());
    }

    @Test
    @DisplayName("2b adjustments: QoL up, more toxicity down, PFS-only benefit with mature OS and no QoL down; 1..4")
    void form2bAdjustments() {
        assertEquals(4, grade("2b", "10", "14", "0.6", "0.5", "0.7", true, true, false, null).finalGrade());
        assertEquals(2, grade("2b", "10", "14", "0.6", "0.5", "0.7", false, false, true, null).finalGrade());
        assertEquals(2, grade("2b", "10", "14", "0.6", "0.5", "0.7", false, false, false, false).finalGrade());
        assertEquals(4, grade("2b", "10", "14", "0.6", "0.5", "0.7", true, false, false, false).finalGrade(),
                "with a QoL gain there is no PFS-only downgrade");
        assertEquals(1, grade("2b", "10", "10.5", "0.9", "0.8", "0.99", false, false, true, false).finalGrade());
    }

    @ParameterizedTest(name = "{5} refused")
    @DisplayName("What the scale cannot grade is refused, naming the field")
    @CsvSource(value = {
            "2a, 10,   1.0, 0.8,  1.2, hazardRatio",
            "2a, 10,   1.3, 1.1,  1.5, hazardRatio",
            "2a, 10,   0.7, 0.75, 0.9, ciLower",
            "2a, 10,   0.7, 0.5,  0.6, ciUpper",
            "2a,   ,   0.7, 0.5,  0.9, controlMedianMonths",
            "2c, 10,   0.7, 0.5,  0.9, form"})
    void refusals(String form, String control, String hr, String lo, String hi, String field) {
        ProblemException e = assertThrows(ProblemException.class,
                () -> grade(form, control, null, hr, lo, hi, false, false, false, null));
        assertEquals(400, e.status());
        assertEquals(field, e.violations().get(0).field());
    }

    @Test
    @DisplayName("MONARCH-3 final OS (Goetz, Ann Oncol 2024; HR 0.804, 0.637-1.015, p 0.0664) is not gradable, not grade 4")
    void monarch3FinalOverallSurvivalIsNotGradable() {
        ProblemException byP = refused("2a", "53.7", "66.8", "0.804", "0.637", "1.015", "0.0664");
        assertEquals(400, byP.status());
        assertEquals("pValue", byP.violations().get(0).field());
        assertTrue(byP.violations().get(0).message().startsWith("not statistically significant (p value 0.0664"),
                byP.violations().get(0).message());
        ProblemException byCi = refused("2a", "53.7", "66.8", "0.804", "0.637", "1.015", null);
        assertEquals("ciUpper", byCi.violations().get(0).field(), "without a p value the CI reaching 1 decides");
    }

    @Test
    @DisplayName("EMBRACA final OS (Litton, Ann Oncol 2020; HR 0.848, 0.670-1.073, p 0.17) is not gradable, not grade 1")
    void embracaFinalOverallSurvivalIsNotGradable() {
        ProblemException e = refused("2a", "19.5", "19.3", "0.848", "0.670", "1.073", "0.17");
        assertEquals("pValue", e.violations().get(0).field());
        assertTrue(e.violations().get(0).message().endsWith("grades only statistically significant results"));
    }

    @Test
    @DisplayName("TROPiCS-02 OS (ESMO-MCBS scorecard 374; HR 0.79, 0.65-0.96, p 0.02) is significant and still graded 4")
    void significantResultWithAPValueIsStillGraded() {
        assertEquals(4, graded("2a", "11.2", "14.4", "0.79", "0.65", "0.96", "0.02").finalGrade());
    }

    @Test
    @DisplayName("PALOMA-3 (ESMO-MCBS scorecard 6): PFS graded 4 although its mature OS, 0.81 (0.64-1.03), is not gradable")
    void paloma3PfsGradeStandsWhileItsNonSignificantOverallSurvivalIsNotGraded() {
        assertEquals(4, grade("2b", "4.6", "9.5", "0.46", "0.36", "0.59", true, false, false, null).finalGrade());
        assertEquals("ciUpper", refused("2a", "28.0", "34.9", "0.81", "0.64", "1.03", null).violations().get(0).field());
    }

    @ParameterizedTest(name = "CI upper {0}, p {1} -> graded {2}")
    @DisplayName("Significance boundaries: a CI reaching exactly 1 and p exactly 0.05 are not significant")
    @CsvSource(value = {
            "1.0,   ,       false",
            "1.00,  ,       false",
            "0.999, ,       true",
            "0.95,  0.05,   false",
            "0.95,  0.0499, true",
            "1.02,  0.049,  true"})
    void significanceBoundaries(String upper, String p, boolean graded) {
        if (graded) {
            assertEquals(4, graded("2a", "12", "15", "0.6", "0.5", upper, p).finalGrade());
        } else {
            assertEquals(400, refused("2a", "12", "15", "0.6", "0.5", upper, p).status());
        }
    }
}
