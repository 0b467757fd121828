package org.bcbm.recommendation.event;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.common.event.v1.CountryChanged;
import org.bcbm.common.event.v1.ListingChanged;
import org.bcbm.common.event.v1.TrialChanged;
import org.bcbm.recommendation.service.KnowledgeState;
import org.bcbm.testsupport.Topics;

/** Evidence and access events as their owners publish them (v1 payloads in the envelope), onto the test topics. */
public final class KnowledgeEvents {

    public static final String EVIDENCE = "test.evidence.events";
    public static final String ACCESS = "test.access.events";
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private KnowledgeEvents() {
    }

    public static String envelope(String type, String aggregateType, String aggregateId, long version, Object payload) {
        try {
            return MAPPER.writeValueAsString(new EventEnvelope(UUID.randomUUID(), type, aggregateType, aggregateId,
                    version, Instant.now(), MAPPER.valueToTree(payload)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A trial with one overall-survival outcome of the given hazard ratio. */
    public static String trial(String trialId, long version, String hazardRatio) {
        var outcome = new TrialChanged.Outcome(1L, "OS", "final", null, null, new BigDecimal(hazardRatio),
                List.of(new BigDecimal("0.40"), new BigDecimal("0.99")), "0.01", null, null, "10.0000/test", null, null,
                null);
        var trial = new TrialChanged.Trial(trialId, trialId + " (test)", "III", "randomised", "test population", null,
                null, null, 100, "OS", "10.0000/test", null, List.of(), List.of(), List.of(outcome), version);
        return envelope(TrialChanged.TYPE, TrialChanged.AGGREGATE, trialId, version,
                new TrialChanged(trial, 1000 + version));
    }

    public static String country(String code, String name, String tier, long version) {
        return envelope(CountryChanged.TYPE, CountryChanged.AGGREGATE, code, version,
                new CountryChanged(code, name, "high", 2027, tier, "derived", true, "test source", null, null, null,
                        null));
    }

    public static String listing(String country, String inn, long version, Boolean available) {
        var entry = new ListingChanged.Entry(inn, available, available, null, null, null, null, null, null, null, null,
                null, null, null, null, "test source", null, version);
        return envelope(ListingChanged.TYPE, ListingChanged.AGGREGATE, country + ":" + inn, version,
                new ListingChanged(country, entry));
    }

    /** The Stopeck 2010 headline and one country on the topics, then waits until the service is ready to answer. */
    public static void seedMinimalKnowledge(KnowledgeState state) {
        Topics.send(EVIDENCE, "STOPECK-2010", trial("STOPECK-2010", 1, "0.82"));
        Topics.send(ACCESS, "GB", country("GB", "United Kingdom", "maximal", 1));
        await().atMost(Duration.ofSeconds(30)).until(state::ready);
    }
}
