package org.bcbm.recommendation.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bcbm.common.event.v1.CohortAnswered;
import org.bcbm.common.event.v1.CohortProfileRequested;
import org.bcbm.recommendation.repository.AuditRepository;
import org.bcbm.recommendation.service.KnowledgeState;
import org.bcbm.testsupport.Contracts;
import org.bcbm.testsupport.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cohort profiles from cohort.requests answered to cohort.answers, validated like batch items, audited once. */
@QuarkusTest
class CohortWorkerTest {

    static final String REQUESTS = "test.cohort.requests";
    static final String ANSWERS = "test.cohort.answers";
    static final String GOOD = """
            {"patientRef":"cohort-p","sex":"female","age":70,"tumour":{"er":"positive","her2":"negative"},
             "metastases":{"sites":["bone"]}}""";
    static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    KnowledgeState state;
    @Inject
    CohortWorker worker;
    @Inject
    AuditRepository audits;

    @BeforeAll
    static void topics() {
        for (String topic : List.of(REQUESTS, ANSWERS)) {
            try {
                Topics.create(topic, 6, Map.of());
            } catch (IllegalStateException alreadyThere) {
                // another test class of this build made it
            }
        }
    }

    @BeforeEach
    void knowledgeLoaded() {
        KnowledgeEvents.seedMinimalKnowledge(state);
    }

    @Test
    void eachProfileIsAnsweredOrRejectedByFieldAndTheAnswerMatchesItsSchema() throws Exception {
        String job = UUID.randomUUID().toString();
        request(job, 0, GOOD);
        request(job, 1, GOOD.replace("\"negative\"}", "\"maybe\"}"));
        request(job, 2, "\"not a profile\"");

        Map<Integer, JsonNode> answers = answers(job, 3);

        assertEquals("HR+/HER2-", answers.get(0).at("/recommendation/subtype").asText());
        assertTrue(answers.get(0).get("problem").isNull());
        assertEquals("profiles[1].tumour.her2", answers.get(1).at("/problem/violations/0/field").asText());
        assertTrue(answers.get(1).get("recommendation").isNull());
        assertEquals("profiles[2]", answers.get(2).at("/problem/violations/0/field").asText());
        for (JsonNode answer : answers.values()) {
            assertEquals(worker.instance(), answer.get("answeredBy").asText());
            assertEquals(List.of(), Contracts.violations(CohortAnswered.TYPE, answer), answer::toString);
        }
    }

    @Test
    void aRedeliveredProfileIsTheSameRequestAndAuditedOnce() throws Exception {
        String job = UUID.randomUUID().toString();
        request(job, 7, GOOD);
        String requestId = answers(job, 1).get(7).at("/recommendation/requestId").asText();
        assertEquals(CohortWorker.requestId(new CohortProfileRequested(job, 7, null)), requestId);
        await().atMost(Duration.ofSeconds(30)).until(() -> auditRows(requestId) == 1);

        request(job, 7, GOOD);
        await().atMost(Duration.ofSeconds(30)).until(() -> Topics.readToEnd(ANSWERS, Duration.ofSeconds(10)).stream()
                .filter(r -> r.key().equals(job)).count() == 2);

        Thread.sleep(2000);
        assertEquals(1, auditRows(requestId));
    }

    private long auditRows(String requestId) {
        return QuarkusTransaction.requiringNew().call(() -> audits.count(requestId));
    }

    private static void request(String job, int index, String profile) throws Exception {
        CohortProfileRequested payload = new CohortProfileRequested(job, index, MAPPER.readTree(profile));
        String value = KnowledgeEvents.envelope(CohortProfileRequested.TYPE, CohortProfileRequested.AGGREGATE, job, 0,
                payload);
        assertEquals(List.of(), Contracts.violations(CohortProfileRequested.TYPE, Contracts.toJson(payload)));
        Topics.send(REQUESTS, job + ":" + index, value);
    }

    private static Map<Integer, JsonNode> answers(String job, int count) {
        Map<Integer, JsonNode> answers = new TreeMap<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            answers.clear();
            for (ConsumerRecord<String, String> r : Topics.readToEnd(ANSWERS, Duration.ofSeconds(10))) {
                if (job.equals(r.key())) {
                    JsonNode payload = MAPPER.readTree(r.value()).get("payload");
                    answers.put(payload.get("index").asInt(), payload);
                }
            }
            return answers.size() == count;
        });
        answers.values().forEach(a -> assertNotNull(a.get("answeredBy")));
        return answers;
    }
}
