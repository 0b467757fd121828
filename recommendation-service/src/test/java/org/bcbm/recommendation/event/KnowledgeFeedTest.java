package org.bcbm.recommendation.event;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.bcbm.testsupport.TestCredentials.asGateway;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bcbm.common.event.v1.ListingChanged.Entry;
import org.bcbm.recommendation.service.KnowledgeState;
import org.bcbm.testsupport.Topics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-memory snapshot from real topics: newest version wins, redeliveries change nothing, poison to the DLQ. */
@QuarkusTest
class KnowledgeFeedTest {

    @Inject
    KnowledgeState state;

    @Inject
    MeterRegistry registry;

    // relative to the management root path, /q
    @TestHTTPResource(value = "/metrics", management = true)
    URL metricsEndpoint;

    @BeforeEach
    void knowledgeLoaded() {
        KnowledgeEvents.seedMinimalKnowledge(state);
    }

    @Test
    void trialEventReachesTheSnapshotAndStaleVersionsNeverWin() {
        String trialId = newTrialId();
        Topics.send(KnowledgeEvents.EVIDENCE, trialId, KnowledgeEvents.trial(trialId, 2, "0.61"));
        await().atMost(Duration.ofSeconds(20)).until(() -> hazardRatio(trialId).isPresent());

        // an older version arriving late changes nothing; a newer one wins
        Topics.send(KnowledgeEvents.EVIDENCE, trialId, KnowledgeEvents.trial(trialId, 1, "0.99"));
        Topics.send(KnowledgeEvents.EVIDENCE, trialId, KnowledgeEvents.trial(trialId, 3, "0.55"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> hazardRatio(trialId).map(hr -> hr.compareTo(new BigDecimal("0.55")) == 0).orElse(false));
    }

    @Test
    void redeliveredEventChangesNothing() {
        String trialId = newTrialId();
        String event = KnowledgeEvents.trial(trialId, 5, "0.70");
        Topics.send(KnowledgeEvents.EVIDENCE, trialId, event);
        await().atMost(Duration.ofSeconds(20)).until(() -> hazardRatio(trialId).isPresent());
        int trials = state.current().trialCount();
        Topics.send(KnowledgeEvents.EVIDENCE, trialId, event);
        // a marker on the same partition (same key) after the redelivery proves the redelivery was consumed
        Topics.send(KnowledgeEvents.EVIDENCE, trialId, KnowledgeEvents.trial(trialId, 6, "0.71"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> hazardRatio(trialId).map(hr -> hr.compareTo(new BigDecimal("0.71")) == 0).orElse(false));
        assertEquals(trials, state.current().trialCount());
    }

    @Test
    void rebuildReplaysAsideAndNeverLosesKnowledge() {
        String trialId = newTrialId();
        Topics.send(KnowledgeEvents.EVIDENCE, trialId, KnowledgeEvents.trial(trialId, 1, "0.66"));
        await().atMost(Duration.ofSeconds(20)).until(() -> hazardRatio(trialId).isPresent());
        int trials = state.current().trialCount();
        long rebuilds = state.rebuildsCompleted();
        asGateway().post("/api/v1/admin/read-models/rebuild").then().statusCode(202);
        // while the rebuild runs, and after it, the service keeps at least what it knew
        while (state.rebuildsCompleted() == rebuilds) {
            assertTrue(state.ready(), "still ready during the rebuild");
            assertTrue(state.current().trialCount() >= trials, "never less knowledge than before");
            assertTrue(hazardRatio(trialId).isPresent());
            sleep(20);
        }
        assertTrue(state.current().trialCount() >= trials);
        assertEquals(0, new BigDecimal("0.66").compareTo(hazardRatio(trialId).orElseThrow()));
    }

    @Test
    void unreadableRecordGoesToTheDeadLetterTopicAndTheFeedGoesOn() {
        double deadBefore = registry.counter("bcbm.dead.letters", "topic", KnowledgeEvents.ACCESS).count();
        String key = "poison-" + UUID.randomUUID();
        Topics.send(KnowledgeEvents.ACCESS, key, "{not json at all " + key);
        var dead = Topics.await(KnowledgeEvents.ACCESS + ".dlq", Duration.ofSeconds(30), r -> key.equals(r.key()));
        assertTrue(dead.isPresent(), "poison record must reach the access DLQ");

        String wrongShape = "wrong-" + UUID.randomUUID();
        Topics.send(KnowledgeEvents.ACCESS, wrongShape, KnowledgeEvents.envelope("ListingChanged", "listing",
                wrongShape, 1, Map.of("country", "GB")));
        assertTrue(Topics.await(KnowledgeEvents.ACCESS + ".dlq", Duration.ofSeconds(30),
                r -> wrongShape.equals(r.key())).isPresent(), "a payload that is not a v1 ListingChanged is poison");

        String country = "T" + (char) ('A' + (int) (Math.random() * 26));
        Topics.send(KnowledgeEvents.ACCESS, country + ":letrozole",
                KnowledgeEvents.listing(country, "letrozole", 1, true));
        await().atMost(Duration.ofSeconds(20)).until(() -> state.current().listing(country, "letrozole")
                .map(Entry::available).orElse(false));
        // ops sees both in the dead-letter count the alert BcbmDeadLetters watches, on the scraped endpoint too
        assertTrue(registry.counter("bcbm.dead.letters", "topic", KnowledgeEvents.ACCESS).count() >= deadBefore + 2);
        String scraped = given().get(metricsEndpoint).then().statusCode(200).extract().asString();
        assertTrue(scraped.contains("bcbm_dead_letters_total{topic=\"" + KnowledgeEvents.ACCESS + "\"}"), scraped);
        assertTrue(scraped.contains("bcbm_consumer_lag_records{consumer=\"knowledge-feed\",topic=\""
                + KnowledgeEvents.ACCESS + "\"}"), scraped);
    }

    private Optional<BigDecimal> hazardRatio(String trialId) {
        return state.current().trial(trialId).map(t -> t.outcomes().get(0).hazardRatio());
    }

    private static String newTrialId() {
        return "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
