package org.bcbm.recommendation.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bcbm.common.contract.Enums.Her2;

/**
 * The checks no rule may bypass: a contraindicated agent never appears in an option; HER2-directed antibodies only
 * for HER2-positive disease (trastuzumab deruxtecan also for HER2-low/ultralow); pembrolizumab only for TNBC with
 * PD-L1 CPS >= 10; no agent that already failed (unless the regimen's trial continued it beyond progression); no
 * regimen whose selecting test result is absent; never two CDK4/6 inhibitors, nor an aromatase inhibitor with
 * tamoxifen, in one regimen. Rules are tested to propose nothing these would withhold; this is the last guard.
 */
public final class SafetyInvariants {

    static final Set<String> HER2_POSITIVE_ONLY = Set.of("trastuzumab", "pertuzumab", "trastuzumab emtansine",
            "tucatinib", "lapatinib", "neratinib");

    private SafetyInvariants() {
    }

    /** Drops every option that breaks an invariant, recording why. */
    static List<Answer.Draft> enforce(Assessment a, Answer answer) {
        List<Answer.Draft> kept = new ArrayList<>();
        for (Answer.Draft d : answer.options) {
            String violation = violation(a, d, answer);
            if (violation == null) {
                kept.add(d);
            } else {
                answer.note("Option '" + d.regimen() + "' withheld: " + violation);
            }
        }
        return kept;
    }

    /** Null when the option is safe for this patient, otherwise the reason it is not. */
    public static String violation(Assessment a, Answer.Draft d, Answer answer) {
        for (String inn : d.agents()) {
            if (answer.contraindicated.containsKey(inn)) {
                return inn + " is contraindicated (" + answer.contraindicated.get(inn) + ")";
            }
            if (HER2_POSITIVE_ONLY.contains(inn) && a.her2 != Her2.POSITIVE) {
                return inn + " is HER2-directed and the tumour is not HER2-positive";
            }
            if (inn.equals("trastuzumab deruxtecan") && a.her2 == Her2.NEGATIVE) {
                return "trastuzumab deruxtecan needs HER2-positive, HER2-low or HER2-ultralow disease";
            }
            if (inn.equals("pembrolizumab") && !("TNBC".equals(a.subtype) && a.profile.tumour().pdl1Cps() != null
                    && a.profile.tumour().pdl1Cps() >= 10)) {
                return "pembrolizumab needs TNBC with PD-L1 CPS >= 10";
            }
        }
        List<String> failed = a.failedIn(d.regimen());
        if (!failed.isEmpty()) {
            return String.join(", ", failed) + " already failed";
        }
        for (Regimen.Requirement r : d.regimen().requires()) {
            if (!r.metBy(a)) {
                return "it needs " + r.test;
            }
        }
        long cdk = d.agents().stream().filter(Assessment.CDK46_INHIBITORS::contains).count();
        if (cdk > 1) {
            return "two CDK4/6 inhibitors in one regimen";
        }
        if (d.agents().contains("tamoxifen") && d.agents().stream().anyMatch(Assessment.AROMATASE_INHIBITORS::contains)) {
            return "an aromatase inhibitor with tamoxifen";
        }
        return null;
    }
}
