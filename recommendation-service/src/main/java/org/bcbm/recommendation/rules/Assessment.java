package org.bcbm.recommendation.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bcbm.common.contract.Enums.Her2;
import org.bcbm.common.contract.Enums.MenopausalStatus;
import org.bcbm.common.contract.Enums.Receptor;
import org.bcbm.common.contract.Enums.Sex;
import org.bcbm.common.contract.Enums.Site;
import org.bcbm.common.contract.Enums.TherapySetting;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.PatientProfile.PriorTherapy;

/**
 * The clinical state derived from a profile before any option is chosen: subtype, endocrine sensitivity, line of
 * therapy, ovarian function, what has already failed. Each derivation is one named method, so a reviewer can
 * find "why did it say X" here.
 */
public final class Assessment {

    public static final Set<String> AROMATASE_INHIBITORS = Set.of("letrozole", "anastrozole", "exemestane");
    public static final Set<String> ENDOCRINE_AGENTS = Set.of("letrozole", "anastrozole", "exemestane", "tamoxifen",
            "toremifene", "fulvestrant", "elacestrant", "imlunestrant");
    public static final Set<String> CDK46_INHIBITORS = Set.of("palbociclib", "ribociclib", "abemaciclib");
    public static final Set<String> ANTI_HER2 = Set.of("trastuzumab", "pertuzumab", "trastuzumab emtansine",
            "trastuzumab deruxtecan", "tucatinib", "lapatinib", "neratinib");

    /** The GnRH agonist that suppresses ovarian (or testicular) function; it continues whatever else failed. */
    public static final String SUPPRESSION = "goserelin";
    public static final Set<String> BONE_MODIFYING_AGENTS = Set.of("zoledronic acid", "pamidronic acid", "denosumab",
            "ibandronic acid", "clodronic acid");
    /** Supportive medicines (corticosteroids for cord compression): they do not treat the cancer, so cannot fail it. */
    public static final Set<String> SUPPORTIVE_AGENTS = Set.of("dexamethasone");
    public static final Set<String> ANTHRACYCLINES = Set.of("doxorubicin", "epirubicin");
    public static final Set<String> TAXANES = Set.of("paclitaxel", "docetaxel", "nab-paclitaxel");

    public static final Set<String> CHEMOTHERAPY = Set.of("paclitaxel", "docetaxel", "nab-paclitaxel", "capecitabine",
            "doxorubicin", "epirubicin", "gemcitabine", "vinorelbine", "eribulin", "carboplatin", "cisplatin",
            "cyclophosphamide");

    /** Ovarian function as the endocrine rules need it. */
    public enum OvarianFunction { POSTMENOPAUSAL, PREMENOPAUSAL, UNKNOWN, MALE }

    public enum EndocrineSensitivity {
        SENSITIVE("sensitive"), RESISTANT("resistant"), NOT_APPLICABLE("not_applicable");

        public final String value;

        EndocrineSensitivity(String value) {
            this.value = value;
        }
    }

    public final PatientProfile profile;
    public final boolean hrPositive;
    public final Her2 her2;
    public final String subtype;
    public final OvarianFunction ovarianFunction;
    public final EndocrineSensitivity endocrineSensitivity;
    /** true when the sensitivity could not be established from the history and resistance was assumed */
    public final boolean sensitivityAssumed;
    public final int lineOfTherapy;
    public final boolean priorCdk46;
    public final boolean priorMetastaticAntiHer2;
    public final Set<String> failedAgents;
    /** lines of chemotherapy given for metastatic disease */
    public final int priorMetastaticChemotherapy;
    public final boolean boneMetastases;
    public final boolean brainMetastases;
    public final boolean visceralCrisis;
    /** metastatic lines containing endocrine therapy that progressed */
    public final int progressedEndocrineLines;
    /** HER2-positive relapse during or within 12 months of (neo)adjuvant anti-HER2 therapy */
    public final boolean earlyRelapseAfterAdjuvantAntiHer2;
    /** every agent ever given, in any setting (for cumulative-dose and sequence rules) */
    public final Set<String> givenAgents;

    public Assessment(PatientProfile profile) {
        this.profile = profile;
        this.hrPositive = profile.tumour().er() == Receptor.POSITIVE || profile.tumour().pr() == Receptor.POSITIVE;
        this.her2 = profile.tumour().her2();
        this.subtype = subtype(hrPositive, her2);
        this.ovarianFunction = ovarianFunction(profile);
        List<PriorTherapy> prior = profile.priorTherapies() == null ? List.of() : profile.priorTherapies();
        this.failedAgents = failedAgents(prior);
        EndocrineSensitivity sensitivity = endocrineSensitivity(hrPositive, prior);
        this.sensitivityAssumed = sensitivity == null;
        this.endocrineSensitivity = sensitivity == null ? EndocrineSensitivity.RESISTANT : sensitivity;
        this.lineOfTherapy = 1 + (int) prior.stream().filter(t -> t.setting() == TherapySetting.METASTATIC).count();
        this.priorCdk46 = prior.stream().anyMatch(t -> t.agents().stream().anyMatch(a -> CDK46_INHIBITORS.contains(norm(a))));
        this.priorMetastaticAntiHer2 = prior.stream().anyMatch(t -> t.setting() == TherapySetting.METASTATIC
                && t.agents().stream().anyMatch(a -> ANTI_HER2.contains(norm(a))));
        this.priorMetastaticChemotherapy = (int) prior.stream().filter(t -> t.setting() == TherapySetting.METASTATIC
                && t.agents().stream().anyMatch(x -> CHEMOTHERAPY.contains(norm(x)))).count();
        this.boneMetastases = profile.metastases().sites().contains(Site.BONE);
        this.brainMetastases = profile.metastases().sites().contains(Site.BRAIN);
        this.visceralCrisis = Boolean.TRUE.equals(profile.metastases().visceralCrisis());
        this.progressedEndocrineLines = (int) prior.stream().filter(t -> t.setting() == TherapySetting.METASTATIC
                && Boolean.TRUE.equals(t.progressedOn())
                && t.agents().stream().anyMatch(x -> ENDOCRINE_AGENTS.contains(norm(x)))).count();
        this.earlyRelapseAfterAdjuvantAntiHer2 = prior.stream().anyMatch(t -> t.setting() != TherapySetting.METASTATIC
                && t.agents().stream().anyMatch(x -> ANTI_HER2.contains(norm(x)))
                && (Boolean.TRUE.equals(t.progressedOn()) || (t.endedMonthsAgo() != null && t.endedMonthsAgo() <= 12)));
        Set<String> given = new HashSet<>();
        prior.forEach(t -> t.agents().forEach(x -> given.add(norm(x))));
        this.givenAgents = Set.copyOf(given);
    }

    /**
     * ESMO living guideline: endocrine resistance is established once chemotherapy was needed for metastatic
     * disease, or two endocrine-based metastatic lines have progressed; endocrine monotherapy then has no evidence
     * left to outrank an option with a survival benefit.
     */
    public boolean endocrineResistanceEstablished() {
        return priorMetastaticChemotherapy >= 1 || progressedEndocrineLines >= 2;
    }

    /**
     * Whether the patient can be offered the regimen: the tests that select for it are met and none of its agents
     * has failed, except those its trial continued beyond progression and ovarian suppression.
     */
    public boolean canReceive(Regimen regimen) {
        return regimen.requires().stream().allMatch(r -> r.metBy(this)) && failedIn(regimen).isEmpty();
    }

    /** The regimen's agents that failed before and that its trial did not continue beyond progression. */
    public List<String> failedIn(Regimen regimen) {
        return regimen.agents().stream().filter(this::failed)
                .filter(inn -> !regimen.continuedBeyondProgression().contains(inn) && !SUPPRESSION.equals(inn))
                .toList();
    }

    public boolean given(String inn) {
        return givenAgents.contains(inn);
    }

    /** Contract: HR+ = ER or PR positive; HER2+ = IHC 3+ or ISH amplified. */
    static String subtype(boolean hrPositive, Her2 her2) {
        boolean her2Positive = her2 == Her2.POSITIVE;
        if (hrPositive) {
            return her2Positive ? "HR+/HER2+" : "HR+/HER2-";
        }
        return her2Positive ? "HR-/HER2+" : "TNBC";
    }

    /** NCCN: a woman aged 60 or over is postmenopausal; below that, only the stated status counts. */
    static OvarianFunction ovarianFunction(PatientProfile p) {
        if (p.sex() == Sex.MALE) {
            return OvarianFunction.MALE;
        }
        if (p.menopausalStatus() == MenopausalStatus.POSTMENOPAUSAL) {
            return OvarianFunction.POSTMENOPAUSAL;
        }
        if (p.menopausalStatus() != null) {
            return OvarianFunction.PREMENOPAUSAL;
        }
        return p.age() != null && p.age() >= 60 ? OvarianFunction.POSTMENOPAUSAL : OvarianFunction.UNKNOWN;
    }

    /**
     * De novo, endocrine-naive, or relapse more than 12 months after adjuvant endocrine therapy: sensitive.
     * Relapse on or within 12 months of adjuvant endocrine therapy, or progression on endocrine therapy for
     * metastatic disease: resistant. Returns null when an adjuvant course lacks the timing needed to tell.
     */
    static EndocrineSensitivity endocrineSensitivity(boolean hrPositive, List<PriorTherapy> prior) {
        if (!hrPositive) {
            return EndocrineSensitivity.NOT_APPLICABLE;
        }
        boolean unknownTiming = false;
        for (PriorTherapy t : prior) {
            if (t.agents().stream().noneMatch(a -> ENDOCRINE_AGENTS.contains(norm(a)))) {
                continue;
            }
            if (t.setting() == TherapySetting.METASTATIC) {
                if (Boolean.TRUE.equals(t.progressedOn())) {
                    return EndocrineSensitivity.RESISTANT;
                }
            } else if (t.endedMonthsAgo() != null) {
                if (t.endedMonthsAgo() <= 12) {
                    return EndocrineSensitivity.RESISTANT;
                }
            } else if (Boolean.TRUE.equals(t.progressedOn())) {
                return EndocrineSensitivity.RESISTANT;
            } else {
                unknownTiming = true;
            }
        }
        return unknownTiming ? null : EndocrineSensitivity.SENSITIVE;
    }

    /** Agents given in a line that progressed, or in an adjuvant course followed by relapse within 12 months. */
    static Set<String> failedAgents(List<PriorTherapy> prior) {
        Set<String> failed = new HashSet<>();
        for (PriorTherapy t : prior) {
            boolean failedHere = Boolean.TRUE.equals(t.progressedOn())
                    || (t.setting() != TherapySetting.METASTATIC && t.endedMonthsAgo() != null && t.endedMonthsAgo() <= 12);
            if (failedHere) {
                t.agents().forEach(a -> failed.add(norm(a)));
            }
        }
        return failed;
    }

    /**
     * First line after relapse on or within 12 months of adjuvant endocrine therapy, documented rather than assumed
     * for missing data (INAVO120's population).
     */
    public boolean documentedEndocrineResistantFirstLine() {
        return lineOfTherapy == 1 && !priorCdk46 && !sensitivityAssumed
                && endocrineSensitivity == EndocrineSensitivity.RESISTANT;
    }

    /** A somatic alteration reported as found (absent list = not tested). */
    public boolean altered(String gene) {
        return profile.tumour().somaticAlterations() != null && profile.tumour().somaticAlterations().contains(gene);
    }

    /**
     * Whether the agent failed before. A bone-modifying or supportive agent never "fails" in this sense: it prevents skeletal
     * events and does not treat the cancer, so progression while on it does not rule it out (ESMO 2020 bone health).
     */
    public boolean failed(String inn) {
        return failedAgents.contains(inn) && !BONE_MODIFYING_AGENTS.contains(inn) && !SUPPORTIVE_AGENTS.contains(inn);
    }

    public boolean her2Low() {
        return her2 == Her2.LOW;
    }

    public boolean her2Ultralow() {
        return her2 == Her2.ULTRALOW;
    }

    public boolean needsOvarianSuppression() {
        return ovarianFunction == OvarianFunction.PREMENOPAUSAL || ovarianFunction == OvarianFunction.UNKNOWN;
    }

    static String norm(String inn) {
        return inn.trim().toLowerCase(Locale.ROOT);
    }
}
