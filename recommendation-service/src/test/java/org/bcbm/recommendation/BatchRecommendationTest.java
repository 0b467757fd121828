package org.bcbm.recommendation;

import static org.awaitility.Awaitility.await;
import static org.bcbm.testsupport.TestCredentials.asGateway;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.bcbm.recommendation.event.KnowledgeEvents;
import org.bcbm.recommendation.service.BatchRecommendations;
import org.bcbm.recommendation.service.KnowledgeState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cohorts: answered in order, each profile with its own errors. */
@QuarkusTest
class BatchRecommendationTest {

    static final String GOOD = """
            {"sex":"female","age":70,"tumour":{"er":"positive","her2":"negative"},"metastases":{"sites":["bone"]}}""";

    @Inject
    KnowledgeState state;

    @BeforeEach
    void knowledgeLoaded() {
        KnowledgeEvents.seedMinimalKnowledge(state);
    }

    @Test
    void answersInOrderWithPerProfileErrors() {
        String body = "{\"profiles\":[" + GOOD + ","
                + GOOD.replace("\"negative\"}", "\"maybe\"}") + ","
                + GOOD.replace("\"age\":70", "\"age\":170") + ","
                + "\"not a profile\"," + GOOD.replace("female", "male") + "]}";
        asGateway().contentType(ContentType.JSON).body(body).post("/api/v1/recommendations/batch").then().statusCode(200)
                .body("size", equalTo(5)).body("answered", equalTo(3 - 1)).body("rejected", equalTo(3))
                .body("items.index", equalTo(List.of(0, 1, 2, 3, 4)))
                .body("items[0].recommendation.subtype", equalTo("HR+/HER2-")).body("items[0].problem", nullValue())
                .body("items[1].problem.violations.field", hasItem("profiles[1].tumour.her2"))
                .body("items[2].problem.violations.field", hasItem("profiles[2].age"))
                .body("items[3].problem", notNullValue())
                .body("items[4].recommendation.options.find { it.category == 'systemic' }.agents.inn", hasItem("goserelin"));
    }

    @Test
    void aCohortOfSeveralChunksAnsweredAheadStillComesInInputOrder() {
        int size = BatchRecommendations.CHUNK * (BatchRecommendations.CHUNKS_AHEAD + 1) + 7;
        StringBuilder body = new StringBuilder("{\"profiles\":[");
        for (int i = 0; i < size; i++) {
            // every 100th profile invalid, so rejections fall in every chunk
            body.append(i == 0 ? "" : ",").append(i % 100 == 99 ? GOOD.replace("\"age\":70", "\"age\":170") : GOOD);
        }
        body.append("]}");
        List<Integer> indexes = IntStream.range(0, size).boxed().toList();
        asGateway().contentType(ContentType.JSON).body(body.toString()).post("/api/v1/recommendations/batch").then()
                .statusCode(200).body("size", equalTo(size)).body("rejected", equalTo(size / 100))
                .body("items.index", equalTo(indexes))
                .body("items[99].problem.violations.field", hasItem("profiles[99].age"))
                .body("items[" + (size - 1) + "].recommendation.subtype", equalTo("HR+/HER2-"));
    }

    @Test
    void moreThanTenThousandProfilesIsA400() {
        StringBuilder body = new StringBuilder("{\"profiles\":[");
        for (int i = 0; i < 10_001; i++) {
            body.append(i == 0 ? "" : ",").append("{}");
        }
        body.append("]}");
        asGateway().contentType(ContentType.JSON).body(body.toString()).post("/api/v1/recommendations/batch").then()
                .statusCode(400).body("violations.field", hasItem("profiles"));
    }
}
