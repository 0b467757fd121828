package org.bcbm.recommendation.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Duration;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.recommendation.config.KnowledgeConfig;
import org.bcbm.recommendation.event.KnowledgeEvents;
import org.junit.jupiter.api.Test;

/** An answer is given only from a snapshot that caught up and holds evidence and access; otherwise a 503. */
class KnowledgeStateTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void notCaughtUpOrWithoutEvidenceOrAccessIsA503WithRetryAfter() throws Exception {
        KnowledgeState state = new KnowledgeState(config());
        assertUnavailable(state);

        SnapshotBuilder evidenceOnly = new SnapshotBuilder();
        evidenceOnly.apply(event(KnowledgeEvents.trial("T1", 1, "0.5")), mapper);
        state.publish(evidenceOnly.build(), true);
        assertUnavailable(state);

        SnapshotBuilder both = new SnapshotBuilder();
        both.apply(event(KnowledgeEvents.trial("T1", 1, "0.5")), mapper);
        both.apply(event(KnowledgeEvents.country("GB", "United Kingdom", "maximal", 1)), mapper);
        KnowledgeSnapshot full = both.build();
        state.publish(full, false);
        assertUnavailable(state);

        state.publish(full, true);
        assertTrue(state.ready());
        assertSame(full, state.forAnswer());
    }

    private static void assertUnavailable(KnowledgeState state) {
        assertFalse(state.ready());
        ProblemException e = assertThrows(ProblemException.class, state::forAnswer);
        assertEquals(503, e.status());
        assertEquals("7", e.headers().get("Retry-After"));
    }

    private EventEnvelope event(String json) throws Exception {
        return mapper.readValue(json, EventEnvelope.class);
    }

    private static KnowledgeConfig config() {
        return new KnowledgeConfig() {
            @Override
            public String evidenceTopic() {
                return "e";
            }

            @Override
            public String accessTopic() {
                return "a";
            }

            @Override
            public String groupPrefix() {
                return "g";
            }

            @Override
            public int retryAfterSeconds() {
                return 7;
            }

            @Override
            public Duration failureBackoff() {
                return Duration.ofSeconds(1);
            }
        };
    }
}
