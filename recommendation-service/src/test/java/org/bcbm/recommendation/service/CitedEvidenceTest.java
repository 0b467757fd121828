package org.bcbm.recommendation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import java.util.ArrayList;
import java.util.List;
import org.bcbm.common.contract.Recommendation.EvidenceRef;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.recommendation.event.KnowledgeEvents;
import org.junit.jupiter.api.Test;

/** Citations written once per snapshot read exactly as if each answer had written them itself. */
class CitedEvidenceTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new BlackbirdModule());

    /** An option-shaped holder: the contract declares evidence as a List, as here. */
    record Holder(String id, List<EvidenceRef> evidence, String after) {
    }

    private KnowledgeSnapshot snapshot() throws Exception {
        SnapshotBuilder b = new SnapshotBuilder();
        for (String trial : List.of(KnowledgeEvents.trial("T1", 1, "0.55"), KnowledgeEvents.trial("T2", 1, "0.71"))) {
            b.apply(mapper.readValue(trial, EventEnvelope.class), mapper);
        }
        return b.build();
    }

    @Test
    void theCopiedBytesAreWhatWritingTheListGivesOnEveryUse() throws Exception {
        KnowledgeSnapshot s = snapshot();
        List<EvidenceRef> cited = s.evidence(List.of("T1", "T2"));
        assertEquals(2, cited.size());
        String plain = mapper.writeValueAsString(new Holder("x", new ArrayList<>(cited), "y"));
        assertEquals(plain, mapper.writeValueAsString(new Holder("x", cited, "y")), "first use writes the bytes");
        assertEquals(plain, mapper.writeValueAsString(new Holder("x", cited, "y")), "later uses copy them");
        assertTrue(plain.contains("\"trialId\":\"T2\""), plain);
    }

    @Test
    void oneTrialsCitationsAreOneListPerSnapshotAndSeveralTrialsAreKeptToo() throws Exception {
        KnowledgeSnapshot s = snapshot();
        assertSame(s.evidence("T1"), s.evidence(List.of("T1")));
        assertSame(s.evidence(List.of("T1", "T2")), s.evidence(List.of("T1", "T2")));
        assertEquals(List.of(), s.evidence("NOT-KNOWN"));
    }

    @Test
    void aTreeGetsTheCitationsAsAnArrayNotAsRawText() throws Exception {
        List<EvidenceRef> cited = snapshot().evidence("T1");
        mapper.writeValueAsString(new Holder("x", cited, "y"));
        JsonNode tree = mapper.valueToTree(new Holder("x", cited, "y"));
        assertTrue(tree.get("evidence").isArray(), tree.toString());
        assertEquals("T1", tree.get("evidence").get(0).get("trialId").asText());
    }
}
