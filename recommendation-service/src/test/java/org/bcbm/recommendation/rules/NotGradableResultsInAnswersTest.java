package org.bcbm.recommendation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.Recommendation.EvidenceRef;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.common.event.v1.TrialChanged;
import org.bcbm.recommendation.event.KnowledgeEvents;
import org.bcbm.recommendation.service.SnapshotBuilder;
import org.junit.jupiter.api.Test;

/**
 * ESMO-MCBS grades only statistically significant results (Cherny 2017): an answer never cites a grade for one, even
 * from an event written before evidence-service said so itself.
 */
class NotGradableResultsInAnswersTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());

    /**
     * PALOMA-2 as evidence-service published it before gradability existed (figures as the seed stores them, V3/V4):
     * PFS (Rugo 2019) with ESMO's grade 3, and final OS (HR 0.956, 0.777-1.177, one-sided p 0.3378) with the grade 1
     * its form-2a thresholds alone gave.
     */
    private static String paloma2WithoutGradability() {
        var pfs = new TrialChanged.Outcome(1L, "PFS", "updated PFS analysis (investigator, 38 months follow-up)",
                new BigDecimal("27.6"), new BigDecimal("14.5"), new BigDecimal("0.56"),
                List.of(new BigDecimal("0.46"), new BigDecimal("0.69")), "<0.0001", "2b", "3", "10.1007/s10549-018-05125-4",
                null, null, null);
        var os = new TrialChanged.Outcome(2L, "OS", "final OS analysis", new BigDecimal("53.9"), new BigDecimal("51.2"),
                new BigDecimal("0.956"), List.of(new BigDecimal("0.777"), new BigDecimal("1.177")),
                "0.3378 (one-sided)", "2a", "1", "10.1200/JCO.23.00137", null, null, null);
        var trial = new TrialChanged.Trial("PALOMA-2", "PALOMA-2", "III", "randomised", "postmenopausal", "HR+/HER2-",
                "first", "metastatic", 666, "PFS", "10.1056/NEJMoa1607303", "Finn RS et al. N Engl J Med 2016", List.of(),
                List.of(),
                List.of(pfs, os), 5);
        ObjectNode payload = MAPPER.valueToTree(new TrialChanged(trial, 50));
        // events of that time carry neither field at all
        payload.get("trial").get("outcomes").forEach(o -> ((ObjectNode) o).remove(List.of("mcbsGradable",
                "mcbsNotGradableReason")));
        return KnowledgeEvents.envelope(TrialChanged.TYPE, TrialChanged.AGGREGATE, "PALOMA-2", 5, payload);
    }

    @Test
    void paloma2FinalOverallSurvivalIsCitedNotGradableWithTheReasonWhileItsPfsKeepsGrade3() throws Exception {
        SnapshotBuilder events = new SnapshotBuilder();
        events.apply(MAPPER.readValue(paloma2WithoutGradability(), EventEnvelope.class), MAPPER);

        Recommendation answer = new Engine().recommend(Profiles.hrPositiveHer2Negative().build(), events.build(), "req",
                Instant.parse("2026-11-30T10:00:00Z"));

        List<EvidenceRef> cited = answer.options().stream().filter(o -> o.id().equals("letrozole-palbociclib"))
                .findFirst().orElseThrow().evidence();
        EvidenceRef os = cited.stream().filter(e -> e.endpoint().equals("OS")).findFirst().orElseThrow();
        assertNull(os.mcbsGrade(), "a non-significant result is never cited with a grade");
        assertEquals(Boolean.FALSE, os.mcbsGradable());
        assertTrue(os.mcbsNotGradableReason().contains("upper limit 1.177"), os.mcbsNotGradableReason());
        EvidenceRef pfs = cited.stream().filter(e -> e.endpoint().equals("PFS")).findFirst().orElseThrow();
        assertEquals("3", pfs.mcbsGrade());
        assertEquals(Boolean.TRUE, pfs.mcbsGradable());
    }

    @Test
    void evidenceServicesOwnNotGradableVerdictAndReasonAreCitedAsPublished() throws Exception {
        // EMBRACA final OS (Litton, Ann Oncol 2020): HR 0.848 (0.670-1.073), p 0.17
        var os = new TrialChanged.Outcome(3L, "OS", "final OS analysis", new BigDecimal("19.3"), new BigDecimal("19.5"),
                new BigDecimal("0.848"), List.of(new BigDecimal("0.670"), new BigDecimal("1.073")), "0.17", "2a", null,
                "10.1016/j.annonc.2020.08.2098", null, false, "reason as evidence-service wrote it");
        var trial = new TrialChanged.Trial("EMBRACA", "EMBRACA", "III", "randomised", "gBRCA", "HER2-", "any",
                "metastatic", null, "PFS", "10.1056/NEJMoa1802905", "Litton JK et al.", List.of(), List.of(), List.of(os),
                3);
        SnapshotBuilder events = new SnapshotBuilder();
        events.apply(MAPPER.readValue(KnowledgeEvents.envelope(TrialChanged.TYPE, TrialChanged.AGGREGATE, "EMBRACA", 3,
                new TrialChanged(trial, 51)), EventEnvelope.class), MAPPER);

        EvidenceRef cited = Engine.evidence(List.of("EMBRACA"), events.build()).get(0);

        assertNull(cited.mcbsGrade());
        assertEquals(Boolean.FALSE, cited.mcbsGradable());
        assertEquals("reason as evidence-service wrote it", cited.mcbsNotGradableReason());
    }
}
