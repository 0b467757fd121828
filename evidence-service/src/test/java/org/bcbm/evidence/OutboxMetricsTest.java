package org.bcbm.evidence;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.TestTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.bcbm.common.outbox.OutboxEvent;
import org.bcbm.common.outbox.OutboxMetrics;
import org.junit.jupiter.api.Test;

/** The outbox backlog ops is alerted on: unpublished changes and the age of the oldest, as Prometheus scrapes them. */
@QuarkusTest
class OutboxMetricsTest {

    @Inject
    OutboxMetrics metrics;

    @Inject
    MeterRegistry registry;

    // relative to the management root path, /q
    @TestHTTPResource(value = "/metrics", management = true)
    URL metricsEndpoint;

    @Test
    @TestTransaction
    void aChangeWaitingTenMinutesShowsInTheBacklogAndItsAge() {
        // uncommitted, so the relay (another transaction) cannot send it while the metrics, in this one, see it
        OutboxEvent stuck = new OutboxEvent();
        stuck.id = UUID.randomUUID();
        stuck.aggregateType = "trial";
        stuck.aggregateId = "METRICS-" + stuck.id;
        stuck.aggregateVersion = 1;
        stuck.type = "TrialChanged";
        stuck.payload = JsonNodeFactory.instance.objectNode();
        stuck.occurredAt = Instant.now().minus(Duration.ofMinutes(10));
        stuck.persistAndFlush();

        metrics.refresh();

        assertTrue(gauge("bcbm.outbox.unsent.events") >= 1);
        double age = gauge("bcbm.outbox.oldest.unsent.age");
        assertTrue(age >= 600 && age < 3600, "age of the oldest unsent change, seconds: " + age);
    }

    @Test
    void theBacklogIsScrapedUnderTheNamesTheAlertsUse() {
        String scraped = given().get(metricsEndpoint).then().statusCode(200).extract().asString();
        assertTrue(scraped.contains("bcbm_outbox_unsent_events "), scraped);
        assertTrue(scraped.contains("bcbm_outbox_oldest_unsent_age_seconds "), scraped);
    }

    @Test
    void nothingWaitingMeansAnAgeOfZero() {
        metrics.refresh();
        if (gauge("bcbm.outbox.unsent.events") == 0) {
            assertEquals(0, gauge("bcbm.outbox.oldest.unsent.age"));
        }
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
