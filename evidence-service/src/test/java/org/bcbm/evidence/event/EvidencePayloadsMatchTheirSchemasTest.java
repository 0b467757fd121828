package org.bcbm.evidence.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.bcbm.common.event.v1.TreatmentChanged;
import org.bcbm.common.event.v1.TrialChanged;
import org.bcbm.evidence.Arm;
import org.bcbm.evidence.Outcome;
import org.bcbm.evidence.Treatment;
import org.bcbm.evidence.Trial;
import org.bcbm.testsupport.Contracts;
import org.junit.jupiter.api.Test;

/** The payloads evidence-service writes to its outbox match docs/contracts, the files consumers test against. */
class EvidencePayloadsMatchTheirSchemasTest {

    @Test
    void trialChangedPayloadMatchesItsSchema() {
        TrialChanged payload = EvidencePayloads.trialChanged(cleopatra(), 42);

        assertEquals(List.of(), Contracts.violations(TrialChanged.TYPE, Contracts.toJson(payload)));
    }

    @Test
    void trialChangedCarriesTheGradeTheRestViewShowsAndTheCiAsAPair() {
        TrialChanged.Trial trial = EvidencePayloads.trialChanged(cleopatra(), 42).trial();

        TrialChanged.Outcome os = trial.outcomes().get(0);
        assertEquals("4", os.mcbsGrade(), "ESMO's published grade wins over the computed one");
        assertEquals(List.of(new BigDecimal("0.58"), new BigDecimal("0.82")), os.ci95());
        TrialChanged.Outcome withoutHr = trial.outcomes().get(1);
        assertNull(withoutHr.ci95());
        assertNull(withoutHr.mcbsGrade(), "no HR, no computed grade, none published");
        TrialChanged.Outcome pfs = trial.outcomes().get(2);
        assertEquals(cleopatra().outcomes.get(2).gradeToShow(), pfs.mcbsGrade());
        assertNotNull(pfs.mcbsGrade(), "none published: the computed grade is shown");
        assertEquals(List.of("docetaxel", "pertuzumab", "trastuzumab"), trial.agents());
    }

    @Test
    void monarch3FinalOverallSurvivalTravelsNotGradableWithItsReasonAndMatchesTheSchema() {
        // Goetz MP et al. Ann Oncol 2024 (doi:10.1016/j.annonc.2024.04.013): 66.8 vs 53.7 months, HR 0.804
        // (0.637-1.015), p 0.0664; the form-2a thresholds alone would make it grade 4
        Trial t = cleopatra();
        t.trialId = "MONARCH-3";
        Outcome os = outcome(t, 20L, "OS", "final OS analysis");
        os.experimentalMedianMonths = new BigDecimal("66.8");
        os.controlMedianMonths = new BigDecimal("53.7");
        os.hazardRatio = new BigDecimal("0.804");
        os.ciLower = new BigDecimal("0.637");
        os.ciUpper = new BigDecimal("1.015");
        os.pValue = "0.0664";
        os.mcbsForm = "2a";
        os.doi = "10.1016/j.annonc.2024.04.013";
        t.outcomes.add(os);

        TrialChanged payload = EvidencePayloads.trialChanged(t, 43);
        TrialChanged.Outcome sent = payload.trial().outcomes().get(3);

        assertNull(sent.mcbsGrade());
        assertEquals(Boolean.FALSE, sent.mcbsGradable());
        assertTrue(sent.mcbsNotGradableReason().contains("p value 0.0664"), sent.mcbsNotGradableReason());
        assertEquals(Boolean.TRUE, payload.trial().outcomes().get(0).mcbsGradable(), "a significant result keeps its grade");
        assertNull(payload.trial().outcomes().get(1).mcbsGradable(), "no form, no grade: nothing to say");
        assertEquals(List.of(), Contracts.violations(TrialChanged.TYPE, Contracts.toJson(payload)));
    }

    @Test
    void treatmentChangedPayloadMatchesItsSchema() {
        Treatment denosumab = new Treatment();
        denosumab.inn = "denosumab";
        denosumab.atcCode = "M05BX04";
        denosumab.modality = "bone_modifying";
        denosumab.drugClass = "RANKL inhibitor";
        denosumab.mechanism = "Fully human monoclonal antibody that neutralises RANKL.";
        denosumab.status = "standard";
        denosumab.source = "WHO ATC/DDD Index 2025";
        denosumab.version = 3;

        JsonNode json = Contracts.toJson(EvidencePayloads.treatmentChanged(denosumab, 42));

        assertEquals(List.of(), Contracts.violations(TreatmentChanged.TYPE, json));
    }

    @Test
    void aRenamedTrialFieldFailsTheSchema() {
        JsonNode json = Contracts.toJson(EvidencePayloads.trialChanged(cleopatra(), 42));
        ObjectNode outcome = (ObjectNode) json.path("trial").path("outcomes").get(0);
        outcome.set("hr", outcome.remove("hazardRatio"));

        List<String> violations = Contracts.violations(TrialChanged.TYPE, json);

        assertFalse(violations.isEmpty());
        assertTrue(violations.stream().anyMatch(v -> v.contains("hazardRatio")), violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.contains("hr")), violations::toString);
    }

    /** CLEOPATRA as the seed holds it: a published grade, a computed grade and a result without an HR. */
    private static Trial cleopatra() {
        Trial t = new Trial();
        t.trialId = "CLEOPATRA";
        t.name = "Pertuzumab plus trastuzumab plus docetaxel for metastatic breast cancer";
        t.phase = "III";
        t.design = "randomised, double-blind, placebo-controlled";
        t.population = "HER2-positive metastatic breast cancer, no prior chemotherapy or anti-HER2 therapy";
        t.subtype = "HER2+";
        t.line = "first";
        t.setting = "metastatic";
        t.n = 808;
        t.primaryEndpoint = "PFS";
        t.doi = "10.1056/NEJMoa1113216";
        t.citation = "Baselga J et al. N Engl J Med 2012;366:109-119; Swain SM et al. Lancet Oncol 2020;21:519-530";
        t.arms = List.of(
                new Arm("experimental", "pertuzumab + trastuzumab + docetaxel",
                        List.of("pertuzumab", "trastuzumab", "docetaxel"), 402),
                new Arm("control", "placebo + trastuzumab + docetaxel", List.of("trastuzumab", "docetaxel"), 406));
        Outcome os = outcome(t, 10L, "OS", "end-of-study OS analysis");
        os.experimentalMedianMonths = new BigDecimal("57.1");
        os.controlMedianMonths = new BigDecimal("40.8");
        os.hazardRatio = new BigDecimal("0.69");
        os.ciLower = new BigDecimal("0.58");
        os.ciUpper = new BigDecimal("0.82");
        os.mcbsForm = "2a";
        os.mcbsGradePublished = "4";
        os.doi = "10.1016/S1470-2045(19)30863-0";
        os.note = "End-of-study figures (Swain 2020).";
        Outcome pfs = outcome(t, 9L, "PFS", "primary PFS analysis (independent review)");
        pfs.experimentalMedianMonths = new BigDecimal("18.5");
        pfs.controlMedianMonths = new BigDecimal("12.4");
        pfs.hazardRatio = new BigDecimal("0.62");
        pfs.ciLower = new BigDecimal("0.51");
        pfs.ciUpper = new BigDecimal("0.75");
        pfs.pValue = "<0.001";
        pfs.mcbsForm = "2b";
        pfs.doi = "10.1056/NEJMoa1113216";
        Outcome descriptive = outcome(t, 11L, "ORR", "primary analysis");
        descriptive.doi = "10.1056/NEJMoa1113216";
        t.outcomes.add(os);
        t.outcomes.add(descriptive);
        t.outcomes.add(pfs);
        t.version = 4;
        return t;
    }

    private static Outcome outcome(Trial trial, Long id, String endpoint, String analysis) {
        Outcome o = new Outcome();
        o.id = id;
        o.trial = trial;
        o.endpoint = endpoint;
        o.analysis = analysis;
        return o;
    }
}
