package org.bcbm.recommendation.event;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.bcbm.recommendation.repository.ReadModelRepository;
import org.bcbm.recommendation.rules.Knowledge;
import org.bcbm.testsupport.Topics;
import org.junit.jupiter.api.Test;

/** Read models built from real topics: applied once, never overwritten by an older version, poison to the DLQ. */
@QuarkusTest
class KnowledgeEventsConsumerTest {

    @Inject
    ReadModelRepository readModels;

    @Test
    void trialEventBuildsTheReadModelAndStaleVersionsNeverWin() {
        String trialId = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Topics.send("test.evidence.events", trialId, trialEvent(UUID.randomUUID(), trialId, 2, "0.61"));
        await().atMost(Duration.ofSeconds(20)).until(() -> hazardRatio(trialId).isPresent());
        assertEquals(0, new BigDecimal("0.61").compareTo(hazardRatio(trialId).get()));

        // an older version arriving late changes nothing
        Topics.send("test.evidence.events", trialId, trialEvent(UUID.randomUUID(), trialId, 1, "0.99"));
        // a newer version wins
        Topics.send("test.evidence.events", trialId, trialEvent(UUID.randomUUID(), trialId, 3, "0.55"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> hazardRatio(trialId).map(hr -> hr.compareTo(new BigDecimal("0.55")) == 0).orElse(false));
    }

    @Test
    void redeliveredEventIsAppliedOnce() {
        String trialId = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID eventId = UUID.randomUUID();
        String event = trialEvent(eventId, trialId, 5, "0.70");
        Topics.send("test.evidence.events", trialId, event);
        await().atMost(Duration.ofSeconds(20)).until(() -> hazardRatio(trialId).isPresent());
        assertTrue(QuarkusTransaction.requiringNew().call(() -> !readModels.markProcessed(eventId, "again")),
                "the event id is recorded as processed");
        Topics.send("test.evidence.events", trialId, event);
        assertEquals(0, new BigDecimal("0.70").compareTo(hazardRatio(trialId).get()));
    }

    @Test
    void rebuildEmptiesTheReadModelsAndReplaysTheTopics() {
        String trialId = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Topics.send("test.evidence.events", trialId, trialEvent(UUID.randomUUID(), trialId, 1, "0.66"));
        await().atMost(Duration.ofSeconds(20)).until(() -> hazardRatio(trialId).isPresent());
        io.restassured.RestAssured.given().post("/api/v1/admin/read-models/rebuild").then().statusCode(202);
        // replayed from the beginning of the topic, the trial comes back
        await().atMost(Duration.ofSeconds(40)).until(() -> hazardRatio(trialId).isPresent());
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterTopic() {
        String key = "poison-" + UUID.randomUUID();
        Topics.send("test.access.events", key, "{not json at all " + key);
        var dead = Topics.await("test.access.events.dlq", Duration.ofSeconds(30), r -> key.equals(r.key()));
        assertTrue(dead.isPresent(), "poison record must reach test.access.events.dlq");
        // and the consumer keeps going
        String country = "T" + (char) ('A' + (int) (Math.random() * 26));
        Topics.send("test.access.events", country + ":letrozole", listingEvent(country, "letrozole", 1, true));
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> readModels.listing(country, "letrozole").map(Knowledge.ListingSnapshot::available)
                        .orElse(false)));
    }

    private Optional<BigDecimal> hazardRatio(String trialId) {
        return QuarkusTransaction.requiringNew().call(() -> readModels.trial(trialId)
                .map(t -> t.outcomes().get(0).hazardRatio()));
    }

    static String trialEvent(UUID eventId, String trialId, long version, String hr) {
        return """
                {"eventId":"%s","type":"TrialChanged","aggregateType":"trial","aggregateId":"%s","aggregateVersion":%d,
                 "occurredAt":"%s","payload":{"knowledgeVersion":%d,"trial":{"trialId":"%s","name":"Test trial","doi":"10.0000/test",
                 "outcomes":[{"endpoint":"OS","analysis":"final","hazardRatio":%s,"ci95":[0.4,0.99],"doi":"10.0000/test"}]}}}
                """.formatted(eventId, trialId, version, Instant.now(), 1000 + version, trialId, hr);
    }

    static String listingEvent(String country, String inn, long version, boolean available) {
        return """
                {"eventId":"%s","type":"ListingChanged","aggregateType":"listing","aggregateId":"%s:%s","aggregateVersion":%d,
                 "occurredAt":"%s","payload":{"country":"%s","listing":{"inn":"%s","available":%s,"source":"test"}}}
                """.formatted(UUID.randomUUID(), country, inn, version, Instant.now(), country, inn, available);
    }
}
