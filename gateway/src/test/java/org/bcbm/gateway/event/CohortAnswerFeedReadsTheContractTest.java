package org.bcbm.gateway.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.bcbm.common.event.v1.CohortAnswered;
import org.bcbm.gateway.repository.CohortRepository.NewAnswer;
import org.bcbm.testsupport.Contracts;
import org.junit.jupiter.api.Test;

/** Consumer side of CohortAnswered: the example validates and becomes the row the gateway stores. */
class CohortAnswerFeedReadsTheContractTest {

    // lenient as the application's (Quarkus: unknown members ignored, java.time): a renamed member reads as missing
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static String envelope(JsonNode payload) {
        ObjectNode e = MAPPER.createObjectNode();
        e.put("eventId", UUID.randomUUID().toString());
        e.put("type", CohortAnswered.TYPE);
        e.put("aggregateType", CohortAnswered.AGGREGATE);
        e.put("aggregateId", payload.get("jobId").asText());
        e.put("aggregateVersion", 0);
        e.put("occurredAt", "2026-11-30T08:00:00Z");
        e.set("payload", payload);
        return e.toString();
    }

    @Test
    void theExampleValidatesAndIsStoredAsARejectedAnswerWithItsProblem() throws Exception {
        JsonNode example = Contracts.example(CohortAnswered.TYPE, 1);
        assertEquals(List.of(), Contracts.violations(CohortAnswered.TYPE, example));
        assertEquals(List.of(), Contracts.violations("EventEnvelope", MAPPER.readTree(envelope(example))));

        NewAnswer row = CohortAnswerFeed.read(MAPPER, envelope(example));

        assertEquals(UUID.fromString(example.get("jobId").asText()), row.jobId());
        assertEquals(42, row.index());
        assertTrue(row.rejected());
        assertEquals("profiles[42].tumour.her2", MAPPER.readTree(row.json()).at("/violations/0/field").asText());
        assertEquals(example.get("answeredBy").asText(), row.answeredBy());
    }

    @Test
    void anAnsweredProfileIsStoredAsItsRecommendation() throws Exception {
        ObjectNode answered = Contracts.example(CohortAnswered.TYPE, 1).deepCopy();
        answered.set("recommendation", MAPPER.readTree("{\"requestId\":\"r\",\"subtype\":\"HR+/HER2-\"}"));
        answered.putNull("problem");
        assertEquals(List.of(), Contracts.violations(CohortAnswered.TYPE, answered));

        NewAnswer row = CohortAnswerFeed.read(MAPPER, envelope(answered));

        assertEquals(false, row.rejected());
        assertEquals("HR+/HER2-", MAPPER.readTree(row.json()).get("subtype").asText());
    }

    @Test
    void bothOrNeitherAnswerFailsTheSchemaAndIsNotStored() throws Exception {
        ObjectNode neither = Contracts.example(CohortAnswered.TYPE, 1).deepCopy();
        neither.putNull("problem");
        ObjectNode renamed = Contracts.example(CohortAnswered.TYPE, 1).deepCopy();
        renamed.set("position", renamed.remove("index"));
        ObjectNode both = Contracts.example(CohortAnswered.TYPE, 1).deepCopy();
        both.set("recommendation", MAPPER.readTree("{\"requestId\":\"r\",\"subtype\":\"HR+/HER2-\"}"));

        assertTrue(!Contracts.violations(CohortAnswered.TYPE, neither).isEmpty());
        assertTrue(!Contracts.violations(CohortAnswered.TYPE, renamed).isEmpty());
        assertTrue(!Contracts.violations(CohortAnswered.TYPE, both).isEmpty());
        assertNull(CohortAnswerFeed.read(MAPPER, envelope(neither)));
        assertNull(CohortAnswerFeed.read(MAPPER, envelope(renamed)));
        assertNull(CohortAnswerFeed.read(MAPPER, envelope(both)));
        assertNull(CohortAnswerFeed.read(MAPPER, "not json"));
    }
}
