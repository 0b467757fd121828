package org.bcbm.recommendation.rules;

import java.util.Optional;
import java.util.Set;
import org.bcbm.common.contract.Enums.GermlineBrca;
import org.bcbm.common.contract.Enums.Her2;
import org.bcbm.common.contract.Enums.Receptor;
import org.bcbm.common.contract.Enums.Sex;
import org.bcbm.common.contract.PatientProfile.Tumour;

/** Which test would change the answer, and which absent field matters (ESMO 2021 biomarker recommendations). */
final class Testing {

    private Testing() {
    }

    static void apply(Assessment a, Answer answer) {
        Tumour t = a.profile.tumour();
        boolean her2Negative = !"HR+/HER2+".equals(a.subtype) && !"HR-/HER2+".equals(a.subtype);
        if ("HR+/HER2-".equals(a.subtype) && t.somaticAlterations() == null) {
            String when = a.priorCdk46 || a.lineOfTherapy > 1 ? "now: the next line depends on it"
                    : "to plan the line after progression";
            answer.recommendTest("PIK3CA", "PIK3CA mutation selects inavolisib with palbociclib and fulvestrant "
                    + "(relapse on or within 12 months of adjuvant endocrine therapy), or alpelisib or capivasertib with "
                    + "fulvestrant later; test " + (a.documentedEndocrineResistantFirstLine() ? "now: the first line depends on it" : when));
            answer.recommendTest("ESR1", "ESR1 mutation (ctDNA at progression on an aromatase inhibitor) selects an oral SERD; test " + when);
            answer.recommendTest("AKT1", "AKT1 alteration selects capivasertib with fulvestrant; test " + when);
            answer.recommendTest("PTEN", "PTEN alteration selects capivasertib with fulvestrant; test " + when);
        }
        if (her2Negative && (t.germlineBrca() == null || t.germlineBrca() == GermlineBrca.UNKNOWN)) {
            answer.recommendTest("germline BRCA", "A germline BRCA1/2 mutation makes a PARP inhibitor an option in "
                    + "HER2-negative disease (OlympiAD, EMBRACA)");
        }
        boolean her2DirectedLater = a.priorMetastaticChemotherapy >= 1 || (a.hrPositive && (a.lineOfTherapy > 1 || a.priorCdk46));
        if (a.her2 == Her2.NEGATIVE && her2DirectedLater) {
            answer.recommendTest("HER2", "Re-test HER2 by IHC on a recent metastatic biopsy: HER2-low (IHC 1+ or 2+/ISH-) "
                    + "would make trastuzumab deruxtecan an option (DESTINY-Breast04)");
        }
        if ("TNBC".equals(a.subtype) && t.pdl1Cps() == null) {
            answer.recommendTest("PD-L1", "PD-L1 CPS >= 10 (22C3) makes pembrolizumab with chemotherapy the first line (KEYNOTE-355)");
        }
        if (a.hrPositive && a.profile.sex() == Sex.FEMALE
                && a.ovarianFunction == Assessment.OvarianFunction.UNKNOWN) {
            answer.missing("menopausalStatus");
        }
        if (t.er() == Receptor.NEGATIVE && t.pr() == null) {
            answer.missing("tumour.pr");
        }
        if (a.profile.resourceSetting() == null) {
            answer.missing("resourceSetting");
        }
        if (a.profile.clinical() == null || a.profile.clinical().ecog() == null) {
            answer.missing("clinical.ecog");
        }
    }

    private static final Set<String> NGS_TESTS = Set.of("PIK3CA", "ESR1", "AKT1", "PTEN");

    /**
     * Says where a recommended NGS/ctDNA test is unlikely to be done locally (a source says no, or the resource
     * tier's rule does not expect it), so a partner can plan a reference laboratory.
     */
    static void whereTestsCanBeDone(Assessment a, Answer answer, Knowledge knowledge) {
        String country = a.profile.resourceSetting() == null ? null : a.profile.resourceSetting().country();
        Optional<Knowledge.CountrySnapshot> place = country == null ? Optional.empty() : knowledge.country(country);
        if (place.isEmpty()) {
            return;
        }
        Knowledge.CountrySnapshot c = place.get();
        String caveat = Boolean.FALSE.equals(c.ngsAvailable()) ? "no NGS/ctDNA testing on file in " + c.name()
                : c.ngsAvailable() == null && c.tier() != null && !"maximal".equals(c.tier())
                        ? "NGS/ctDNA testing in " + c.name() + " is not on file and not expected at its " + c.tier()
                                + " tier" : null;
        if (caveat == null) {
            return;
        }
        answer.tests.replaceAll((test, reason) -> NGS_TESTS.contains(test)
                ? reason + " (" + caveat + ": consider a reference laboratory)" : reason);
    }
}
