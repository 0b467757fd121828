package org.bcbm.gateway.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.ArrayList;
import java.util.List;
import org.bcbm.gateway.service.KnowledgeCache;
import org.bcbm.testsupport.Contracts;
import org.junit.jupiter.api.Test;

/** The gateway evicts by the typed envelope of docs/contracts, and evicts everything when it cannot read one. */
class CacheEvictionReadsTheTypedEnvelopeTest {

    /** Records what was evicted instead of holding entries. */
    private static final class RecordingCache extends KnowledgeCache {
        final List<String> evicted = new ArrayList<>();

        RecordingCache() {
            super(null);
        }

        @Override
        public void evictTrial(String trialId) {
            evicted.add("trial " + trialId);
        }

        @Override
        public void evictAllTrials() {
            evicted.add("all trials");
        }

        @Override
        public void evictCountry(String country) {
            evicted.add("country " + country);
        }

        @Override
        public void evictAllCosts() {
            evicted.add("all costs");
        }
    }

    // as the services' Quarkus mapper reads: java.time supported, unknown envelope fields ignored
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final RecordingCache cache = new RecordingCache();
    private final CacheEviction eviction = new CacheEviction(cache, mapper);

    @Test
    void aListingEventEvictsOnlyItsCountry() {
        eviction.onAccess(envelope("listing", "GB:denosumab"));

        assertEquals(List.of("country GB"), cache.evicted);
    }

    @Test
    void aCountryEventEvictsThatCountry() {
        eviction.onAccess(envelope("country", "UZ"));

        assertEquals(List.of("country UZ"), cache.evicted);
    }

    @Test
    void aDrugEventEvictsEveryCountrysCosts() {
        eviction.onAccess(envelope("drug", "denosumab"));

        assertEquals(List.of("all costs"), cache.evicted);
    }

    @Test
    void aTrialEventEvictsThatTrialAndATreatmentEventNothing() {
        eviction.onEvidence(envelope("trial", "CLEOPATRA"));
        eviction.onEvidence(envelope("treatment", "denosumab"));

        assertEquals(List.of("trial CLEOPATRA"), cache.evicted);
    }

    @Test
    void anUnreadableOrIncompleteEnvelopeEvictsEverything() {
        eviction.onEvidence("not json");
        eviction.onAccess("{\"eventId\":\"not-a-uuid\"}");
        eviction.onAccess("{\"type\":\"CountryChanged\"}");

        assertEquals(List.of("all trials", "all costs", "all costs"), cache.evicted);
    }

    /** The contract's example envelope, re-addressed to another aggregate. */
    private static String envelope(String aggregateType, String aggregateId) {
        ObjectNode e = (ObjectNode) Contracts.example("EventEnvelope", 1).deepCopy();
        e.put("aggregateType", aggregateType);
        e.put("aggregateId", aggregateId);
        return e.toString();
    }
}
