package org.bcbm.recommendation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bcbm.common.contract.Enums.Her2;
import org.bcbm.common.contract.Enums.NeurologicalStatus;
import org.bcbm.common.contract.Enums.Site;
import org.bcbm.common.contract.Enums.TherapySetting;
import org.bcbm.common.contract.Recommendation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine's answers for one profile of each subtype and bone situation, stored where the gateway's FHIR R4 test
 * validates them: the gateway cannot run the engine, so it reads what the engine gives, and this test fails when
 * the stored answers are no longer what the engine gives ({@code -Dbcbm.regenerate=true} rewrites them).
 */
class EngineAnswersForTheFhirExportTest {

    static final Path ANSWERS = Path.of("..", "gateway", "src", "test", "resources", "engine-answers.json");

    @Test
    @DisplayName("gateway/src/test/resources/engine-answers.json is what the engine answers today")
    void storedAnswersAreTheEnginesAnswers() throws IOException {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        Engine engine = new Engine();
        InMemoryKnowledge knowledge = InMemoryKnowledge.seeded();
        List<Recommendation> answers = new ArrayList<>();
        profiles().forEach((name, profile) -> answers.add(engine.recommend(profile.build(), knowledge,
                "engine-answer-" + name, Instant.parse("2026-11-30T10:00:00Z"))));
        String rendered = json.writeValueAsString(answers) + "\n";
        if (Boolean.getBoolean("bcbm.regenerate")) {
            Files.writeString(ANSWERS, rendered, StandardCharsets.UTF_8);
        }
        assertEquals(rendered, Files.readString(ANSWERS, StandardCharsets.UTF_8),
                "gateway/src/test/resources/engine-answers.json is stale: run mvn -pl recommendation-service -am test "
                        + "-Dtest=EngineAnswersForTheFhirExportTest -Dsurefire.failIfNoSpecifiedTests=false "
                        + "-Dbcbm.regenerate=true");
    }

    /** Every subtype, first and later lines, and the bone situations that bring radiotherapy and surgery. */
    static Map<String, Profiles> profiles() {
        Map<String, Profiles> p = new LinkedHashMap<>();
        p.put("hr-pos-her2-neg-first-line", Profiles.hrPositiveHer2Negative());
        p.put("hr-pos-her2-neg-premenopausal", Profiles.hrPositiveHer2Negative().premenopausal());
        p.put("hr-pos-her2-neg-endocrine-resistant", Profiles.hrPositiveHer2Negative()
                .prior(TherapySetting.ADJUVANT, 6, true, "letrozole"));
        p.put("hr-pos-her2-low-later-line", Profiles.hrPositiveHer2Negative().her2(Her2.LOW)
                .prior(TherapySetting.METASTATIC, 3, true, "letrozole", "ribociclib"));
        p.put("hr-pos-her2-neg-male", Profiles.hrPositiveHer2Negative().male());
        p.put("hr-pos-her2-pos", Profiles.hrPositiveHer2Negative().her2(Her2.POSITIVE));
        p.put("hr-neg-her2-pos-liver", Profiles.hrPositiveHer2Negative().hrNegative().her2(Her2.POSITIVE)
                .sites(Site.BONE, Site.LIVER));
        p.put("tnbc", Profiles.hrPositiveHer2Negative().tripleNegative());
        p.put("tnbc-painful-impending-fracture", Profiles.hrPositiveHer2Negative().tripleNegative()
                .bone(3, true, false, true, false, false));
        p.put("hr-pos-her2-neg-pathological-fracture-hypercalcaemia", Profiles.hrPositiveHer2Negative()
                .bone(5, true, false, false, true, true));
        Profiles compression = Profiles.hrPositiveHer2Negative().cordCompression(1, NeurologicalStatus.AMBULATORY_WITH_DEFICIT, null);
        compression.survivalMonths = 12;
        p.put("hr-pos-her2-neg-cord-compression", compression);
        Profiles niger = Profiles.hrPositiveHer2Negative();
        niger.country = "NE";
        p.put("hr-pos-her2-neg-niger", niger);
        return p;
    }
}
