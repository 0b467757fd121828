package org.bcbm.recommendation.event;

import java.util.UUID;
import org.bcbm.testsupport.Topics;

/** Puts the Stopeck 2010 headline result on the test evidence topic, as evidence-service would publish it. */
public final class KnowledgeEventsConsumerTestSupport {

    private KnowledgeEventsConsumerTestSupport() {
    }

    public static void seedStopeck() {
        String event = KnowledgeEventsConsumerTest.trialEvent(UUID.randomUUID(), "STOPECK-2010", 1, "0.82");
        Topics.send("test.evidence.events", "STOPECK-2010", event);
    }
}
