package org.bcbm.access;

import static org.awaitility.Awaitility.await;
import static org.bcbm.testsupport.TestCredentials.asGateway;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bcbm.testsupport.Topics;
import org.junit.jupiter.api.Test;

/** access.events is refilled from the database when the broker lost it, and only with what it lacks. */
@QuarkusTest
class TopicReconciliationTest {

    private static final String TOPIC = "test.access.events";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Test
    void deletedTopicIsRefilledWithEveryCountryDrugAndListingAtItsCurrentVersionAndASecondPassRepublishesNothing() {
        settle();
        Topics.delete(TOPIC);

        asGateway().post("/api/v1/admin/reconcile").then().statusCode(200)
                .body("topic", equalTo(TOPIC))
                .body("republished.country", greaterThan(0))
                .body("republished.drug", greaterThan(0))
                .body("republished.listing", greaterThan(0));

        Map<String, Long> countries = held("SELECT c.code, c.version FROM Country c");
        Map<String, Long> drugs = held("SELECT d.inn, d.version FROM Drug d");
        Map<String, Long> listings = held("SELECT concat(l.id.countryCode, ':', l.id.inn), l.version FROM Listing l");
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Map<String, Map<String, Long>> onTopic = onTopic();
            assertEquals(countries, onTopic.getOrDefault("country", Map.of()));
            assertEquals(drugs, onTopic.getOrDefault("drug", Map.of()));
            assertEquals(listings, onTopic.getOrDefault("listing", Map.of()));
        });
        assertEquals("compact", Topics.cleanupPolicy(TOPIC));

        asGateway().post("/api/v1/admin/reconcile").then().statusCode(200)
                .body("republished.country", equalTo(0))
                .body("republished.drug", equalTo(0))
                .body("republished.listing", equalTo(0));
    }

    @Test
    void countryTheDatabaseHoldsAtANewerVersionThanTheTopicIsRepublishedAlone() {
        settle();
        // a change that never went through the outbox: the topic now holds an older version than the database
        long version = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "UPDATE country SET version = version + 1 WHERE code = 'GB' RETURNING version")
                .getSingleResult()).longValue());

        asGateway().post("/api/v1/admin/reconcile").then().statusCode(200)
                .body("republished.country", equalTo(1))
                .body("republished.drug", equalTo(0))
                .body("republished.listing", equalTo(0));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertEquals(version, onTopic().getOrDefault("country", Map.of()).get("GB")));
    }

    /** Waits for whatever start-up or an earlier test left to publish, so each test starts from a full topic. */
    private void settle() {
        asGateway().post("/api/v1/admin/reconcile").then().statusCode(200);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL").getSingleResult()).longValue()) == 0);
    }

    private Map<String, Long> held(String jpql) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> versions = new HashMap<>();
            for (Object[] row : em.createQuery(jpql, Object[].class).getResultList()) {
                versions.put((String) row[0], ((Number) row[1]).longValue());
            }
            return versions;
        });
    }

    /** Aggregate type -> aggregate id -> highest version on the topic. */
    private static Map<String, Map<String, Long>> onTopic() throws Exception {
        List<ConsumerRecord<String, String>> records = Topics.readToEnd(TOPIC, Duration.ofSeconds(20));
        Map<String, Map<String, Long>> versions = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            JsonNode envelope = JSON.readTree(record.value());
            assertEquals(envelope.get("aggregateId").asText(), record.key(), "records are keyed by aggregate id");
            versions.computeIfAbsent(envelope.get("aggregateType").asText(), t -> new HashMap<>())
                    .merge(envelope.get("aggregateId").asText(), envelope.get("aggregateVersion").asLong(), Math::max);
        }
        return versions;
    }
}
