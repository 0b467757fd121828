package org.bcbm.common.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ESMO-MCBS grades only statistically significant results: p value first, else the 95 % CI of the HR. */
class McbsGradabilityTest {

    static BigDecimal dec(String v) {
        return v == null || v.isEmpty() ? null : new BigDecimal(v);
    }

    @ParameterizedTest(name = "p {0}, CI upper {1} -> significant {2} by {3}")
    @CsvSource(value = {
            // MONARCH-3 final OS (Goetz, Ann Oncol 2024) and EMBRACA final OS (Litton, Ann Oncol 2020) as stored
            "0.0664,             1.015, false, pValue",
            "0.17,               1.073, false, pValue",
            // boundaries: p exactly 0.05 is not below it; a CI reaching exactly 1 does not exclude it
            "0.05,               0.99,  false, pValue",
            "0.0499,             1.01,  true,  pValue",
            "'',                 1.0,   false, ci95",
            "'',                 1.00,  false, ci95",
            "'',                 0.999, true,  ci95",
            // the formats stored p values take
            "<0.0001,            0.711, true,  pValue",
            "<0.0001 (nominal),  0.43,  true,  pValue",
            "3.29e-6,            0.72,  true,  pValue",
            "p = 0.02,           0.96,  true,  pValue",
            "<0.05,              0.97,  true,  pValue",
            // bounds that settle nothing, a one-sided p and unreadable text leave it to the CI
            "<= 0.05,            1.02,  false, ci95",
            "<0.1,               0.9,   true,  ci95",
            ">0.01,              0.9,   true,  ci95",
            ">0.05,              0.9,   false, pValue",
            "0.3378 (one-sided), 1.177, false, ci95",
            "0.01 (one-sided),   0.95,  true,  ci95",
            "NS,                 1.2,   false, ci95"})
    void thePValueDecidesWhenItCanElseTheConfidenceInterval(String p, String upper, boolean significant, String by) {
        var verdict = McbsGradability.significance(p, dec(upper));
        assertEquals(significant, verdict.significant());
        assertEquals(by, verdict.decidedBy());
        assertEquals(!significant, verdict.notGradableReason() != null);
    }

    @Test
    void theReasonNamesItsCauseAndTheRule() {
        String byP = McbsGradability.whyNotGradable("0.0664", dec("1.015")).orElseThrow();
        assertTrue(byP.startsWith("not statistically significant (p value 0.0664, not below 0.05)"), byP);
        assertTrue(byP.endsWith("ESMO-MCBS v1.1 grades only statistically significant results"), byP);
        String byCi = McbsGradability.whyNotGradable(null, dec("1.000")).orElseThrow();
        assertTrue(byCi.contains("upper limit 1)"), byCi);
    }

    @Test
    void withNeitherPValueNorIntervalSignificanceIsUnknownNotRefused() {
        var verdict = McbsGradability.significance(null, null);
        assertNull(verdict.significant());
        assertTrue(McbsGradability.whyNotGradable(" ", null).isEmpty());
    }

    /** Stopeck 2010's first and subsequent SREs: RR 0.77 (0.66-0.89), p 0.001 (significant, but not a hazard ratio). */
    @Test
    void aRateRatioIsNotGradableAsAHazardRatioWhateverItsSignificance() {
        String reason = McbsGradability.whyNotGradable(McbsGradability.RATE_RATIO, "0.001", dec("0.89")).orElseThrow();
        assertTrue(reason.contains("rate ratio") && reason.contains("not a hazard ratio"), reason);
        assertTrue(McbsGradability.whyNotGradable(McbsGradability.HAZARD_RATIO, "0.001", dec("0.89")).isEmpty());
        // events written before effect measures existed carry none: their ratios are hazard ratios
        assertTrue(McbsGradability.whyNotGradable(null, "0.001", dec("0.89")).isEmpty());
        assertTrue(McbsGradability.whyNotGradable(null, "0.17", dec("1.073")).isPresent());
    }
}
