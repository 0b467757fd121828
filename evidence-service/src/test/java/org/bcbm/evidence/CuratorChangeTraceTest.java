package org.bcbm.evidence;

import static org.awaitility.Awaitility.await;
import static org.bcbm.testsupport.TestCredentials.asGateway;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bcbm.testsupport.Topics;
import org.junit.jupiter.api.Test;

/**
 * A curator's change and its event are one trace: the outbox row keeps the request's trace context and the published
 * record's traceparent names the relay's publish span, a child of the span that wrote the row.
 */
@QuarkusTest
class CuratorChangeTraceTest {

    private static final String TOPIC = "test.evidence.events";
    // a caller's trace (the gateway's client span in production): the service joins it instead of starting its own
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLER_SPAN = "00f067aa0ba902b7";

    @Inject
    InMemorySpanExporter spans;

    @Inject
    EntityManager em;

    @Test
    void curatorChangeOutboxRowAndPublishedRecordCarryTheRequestsTrace() {
        String inn = "tracinib" + System.nanoTime();
        asGateway().header("traceparent", "00-" + TRACE_ID + "-" + CALLER_SPAN + "-01")
                .contentType(ContentType.JSON).body(EvidenceCurationTest.treatment(null)).put("/api/v1/treatments/" + inn)
                .then().statusCode(200);

        SpanData server = await().atMost(Duration.ofSeconds(10)).until(() -> span(SpanKind.SERVER, inn),
                s -> s != null);
        assertEquals(CALLER_SPAN, server.getParentSpanId(), "the request joins the caller's trace");

        String stored = (String) em.createNativeQuery("SELECT trace_parent FROM outbox_event WHERE aggregate_id = :id")
                .setParameter("id", inn).getSingleResult();
        assertNotNull(stored, "the outbox row keeps the request's trace context");
        assertEquals(TRACE_ID, traceIdOf(stored));
        String writer = spanIdOf(stored);
        assertTrue(inTrace().stream().anyMatch(s -> s.getSpanId().equals(writer)),
                "the stored context names a span of the request: " + writer);

        ConsumerRecord<String, String> record = Topics.await(TOPIC, Duration.ofSeconds(30), r -> inn.equals(r.key()))
                .orElseThrow(() -> new AssertionError("the change was not published"));
        Header header = record.headers().lastHeader("traceparent");
        assertNotNull(header, "the record carries a traceparent header");
        String sent = new String(header.value(), StandardCharsets.UTF_8);
        assertEquals(TRACE_ID, traceIdOf(sent));

        SpanData publish = await().atMost(Duration.ofSeconds(10)).until(
                () -> inTrace().stream().filter(s -> s.getKind() == SpanKind.PRODUCER).findFirst().orElse(null),
                s -> s != null);
        assertEquals(writer, publish.getParentSpanId(), "the relay's publish is a child of the span that wrote the row");
        assertEquals(publish.getSpanId(), spanIdOf(sent), "consumers continue from the publish span");
    }

    private SpanData span(SpanKind kind, String pathPart) {
        return inTrace().stream().filter(s -> s.getKind() == kind)
                .filter(s -> String.valueOf(s.getAttributes().asMap().values()).contains(pathPart))
                .findFirst().orElse(null);
    }

    private List<SpanData> inTrace() {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(TRACE_ID)).toList();
    }

    private static String traceIdOf(String traceparent) {
        return traceparent.split("-")[1];
    }

    private static String spanIdOf(String traceparent) {
        return traceparent.split("-")[2];
    }
}
