package org.bcbm.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bcbm.client.model.Her2;
import org.bcbm.client.model.Metastases;
import org.bcbm.client.model.PatientProfile;
import org.bcbm.client.model.Receptor;
import org.bcbm.client.model.Recommendation;
import org.bcbm.client.model.Sex;
import org.bcbm.client.model.Site;
import org.bcbm.client.model.Tumour;
import org.junit.jupiter.api.Test;

/** The generated models carry every field of the contract's example requests, and send nothing a partner did not set. */
class ContractExamplesTest {

    private static final ObjectMapper CLIENT_JSON = ApiClient.createDefaultObjectMapper();
    private static final Path EXAMPLES = Path.of(System.getProperty("bcbm.root", ".."), "docs", "examples");

    @Test
    void everyExampleRequestSurvivesTheGeneratedModel() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            examples = files.filter(f -> f.getFileName().toString().startsWith("recommendation-request")).sorted().toList();
        }
        assertFalse(examples.isEmpty(), "no example requests in " + EXAMPLES);
        for (Path example : examples) {
            JsonNode sent = CLIENT_JSON.readTree(example.toFile());
            PatientProfile profile = CLIENT_JSON.treeToValue(sent, PatientProfile.class);
            // compared as the text that goes over the wire: BigDecimal and double nodes of 2.35 are not equal as trees
            JsonNode wire = CLIENT_JSON.readTree(CLIENT_JSON.writeValueAsString(profile));
            assertEquals(sent, wire, example.getFileName() + " lost or changed a field");
        }
    }

    /** An answer of the shape the gateway's tests stub: unknown availability (null) and dates read into the types. */
    @Test
    void aCompleteAnswerReadsIntoTheGeneratedRecommendation() throws IOException {
        Recommendation answer = CLIENT_JSON.readValue("""
                {"requestId":"0b6f6c7e-0000-4000-8000-000000000001","generatedAt":"2026-11-29T10:00:00Z",
                 "knowledgeVersion":{"evidence":"evidence-v1","rules":"bcbm-rules test","access":"access@test"},
                 "subtype":"HR+/HER2-","her2Low":false,"endocrineSensitivity":"sensitive","lineOfTherapy":1,
                 "options":[{"id":"letrozole-ribociclib","rank":1,"category":"systemic","regimen":"Letrozole + ribociclib",
                   "agents":[{"inn":"letrozole"},{"inn":"ribociclib"}],
                   "evidence":[{"trialId":"MONALEESA-2","endpoint":"OS","hazardRatio":0.76,"ci95":[0.63,0.93]}],
                   "cost":{"currency":"GBP","annualCost":38501.53},"access":{"available":null,"note":"unknown"},
                   "firstAvailable":true,"warnings":[]}],
                 "contraindicated":[],"recommendedTests":[],"missingData":[],"partial":false,"degraded":[]}""",
                Recommendation.class);
        assertEquals("HR+/HER2-", answer.getSubtype());
        assertEquals(0, new BigDecimal("0.76").compareTo(answer.getOptions().get(0).getEvidence().get(0).getHazardRatio()));
        assertNull(answer.getOptions().get(0).getAccess().getAvailable());
        assertEquals(2026, answer.getGeneratedAt().getYear());
    }

    /** "absent = not tested" and "[] = tested, none found" differ clinically: an unset list must stay absent. */
    @Test
    void anUnsetListIsNotSentAsEmpty() {
        PatientProfile profile = new PatientProfile().sex(Sex.FEMALE)
                .tumour(new Tumour().er(Receptor.POSITIVE).her2(Her2.NEGATIVE))
                .metastases(new Metastases().addSitesItem(Site.BONE));
        JsonNode sent = CLIENT_JSON.valueToTree(profile);
        assertNull(sent.at("/tumour").get("somaticAlterations"));
        assertNull(sent.get("priorTherapies"));
    }
}
