package org.bcbm.recommendation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.util.List;
import org.bcbm.common.contract.Recommendation.EvidenceRef;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.common.event.v1.TrialChanged;
import org.bcbm.recommendation.event.KnowledgeEvents;
import org.bcbm.recommendation.service.SnapshotBuilder;
import org.junit.jupiter.api.Test;

/**
 * An answer's evidence says where each figure comes from (primary publication or a named secondary source), names a
 * source without a DOI by its citation, and types a rate ratio as one (never graded as a hazard ratio).
 */
class SourcesInAnswersTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    private static Knowledge published(TrialChanged.Trial trial) throws Exception {
        SnapshotBuilder events = new SnapshotBuilder();
        events.apply(MAPPER.readValue(KnowledgeEvents.envelope(TrialChanged.TYPE, TrialChanged.AGGREGATE,
                trial.trialId(), trial.version(), new TrialChanged(trial, 60)), EventEnvelope.class), MAPPER);
        return events.build();
    }

    private static TrialChanged.Trial trial(String id, String doi, TrialChanged.Outcome... outcomes) {
        return new TrialChanged.Trial(id, id, "III", "randomised", "population", "TNBC", "first", "metastatic", 644,
                "PFS", doi, "citation of " + id, List.of(), List.of(), List.of(outcomes), 7);
    }

    @Test
    void anOutcomeMarkedSecondarySaysSoInTheRecommendationAnswer() throws Exception {
        // TROPION-Breast02 PFS as V13 stores it: ESMO 2025 LBA21, no DOI, figures as reported by ASCO Post
        var pfs = TrialChanged.Outcome.builder().id(1L).endpoint("PFS")
                .analysis("dual primary endpoint, PFS (blinded independent central review)")
                .experimentalMedianMonths(new BigDecimal("10.8")).controlMedianMonths(new BigDecimal("5.6"))
                .hazardRatio(new BigDecimal("0.57")).ci95(List.of(new BigDecimal("0.47"), new BigDecimal("0.69")))
                .pValue("<0.0001").mcbsForm("2b").mcbsGrade("3").mcbsGradable(true).effectMeasure("hazard_ratio")
                .citation("Dent RA et al. ESMO Congress 2025, abstract LBA21").sourceKind("secondary")
                .sourceNote("ESMO 2025 presentation as reported by ASCO Post (25 June 2026)").build();

        EvidenceRef cited = Engine.evidence(List.of("TROPION-BREAST02"),
                published(trial("TROPION-BREAST02", null, pfs))).get(0);

        assertEquals("secondary", cited.sourceKind());
        assertEquals("ESMO 2025 presentation as reported by ASCO Post (25 June 2026)", cited.sourceNote());
        assertNull(cited.doi());
        assertEquals("Dent RA et al. ESMO Congress 2025, abstract LBA21", cited.citation());
        assertEquals("hazard_ratio", cited.effectMeasure());
        JsonNode json = MAPPER.valueToTree(cited);
        assertEquals("secondary", json.get("sourceKind").asText());
        assertFalse(json.has("doi"), "an absent DOI is left out of the answer, as before");
    }

    @Test
    void stopecksRateRatioIsCitedTypedAndNeverGraded() throws Exception {
        // Stopeck 2010, first and subsequent on-study SREs: RR 0.77 (0.66-0.89), p 0.001; a grade given by mistake
        var multiple = TrialChanged.Outcome.builder().id(2L).endpoint("TIME_TO_FIRST_AND_SUBSEQUENT_SRE")
                .analysis("multiple-event analysis (rate ratio)").hazardRatio(new BigDecimal("0.77"))
                .ci95(List.of(new BigDecimal("0.66"), new BigDecimal("0.89"))).pValue("0.001").mcbsForm("2b")
                .mcbsGrade("3").doi("10.1200/JCO.2010.29.7101").effectMeasure("rate_ratio").sourceKind("secondary")
                .sourceNote("US prescribing information for denosumab (Xgeva), Table 2").build();

        EvidenceRef cited = Engine.evidence(List.of("STOPECK-2010"),
                published(trial("STOPECK-2010", "10.1200/JCO.2010.29.7101", multiple))).get(0);

        assertEquals("rate_ratio", cited.effectMeasure());
        assertEquals(new BigDecimal("0.77"), cited.hazardRatio());
        assertNull(cited.mcbsGrade());
        assertEquals(Boolean.FALSE, cited.mcbsGradable());
        assertTrue(cited.mcbsNotGradableReason().contains("not a hazard ratio"), cited.mcbsNotGradableReason());
    }

    @Test
    void anEventWrittenBeforeSourcesExistedIsCitedWithoutThem() throws Exception {
        var os = new TrialChanged.Outcome(3L, "OS", "final OS analysis", new BigDecimal("63.9"), new BigDecimal("51.4"),
                new BigDecimal("0.76"), List.of(new BigDecimal("0.63"), new BigDecimal("0.93")), "0.008", "2a", null,
                "10.1056/NEJMoa2114663", null, null, null);
        ObjectNode payload = MAPPER.valueToTree(new TrialChanged(trial("MONALEESA-2", "10.1056/NEJMoa1609709", os), 60));
        payload.get("trial").get("outcomes").forEach(o -> ((ObjectNode) o).remove(List.of("effectMeasure", "citation",
                "sourceKind", "sourceNote")));
        SnapshotBuilder events = new SnapshotBuilder();
        events.apply(MAPPER.readValue(KnowledgeEvents.envelope(TrialChanged.TYPE, TrialChanged.AGGREGATE, "MONALEESA-2",
                7, payload), EventEnvelope.class), MAPPER);

        EvidenceRef cited = Engine.evidence(List.of("MONALEESA-2"), events.build()).get(0);

        assertNull(cited.sourceKind());
        assertNull(cited.effectMeasure());
        assertEquals("10.1056/NEJMoa2114663", cited.doi());
    }
}
