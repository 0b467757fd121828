package org.bcbm.gateway.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.common.event.v1.CountryChanged;
import org.bcbm.common.event.v1.ListingChanged;
import org.bcbm.common.event.v1.TrialChanged;
import org.bcbm.gateway.service.KnowledgeCache;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Listens to evidence.events and access.events (each gateway replica in its own consumer group, from the latest
 * offset) and drops what it cached about the changed aggregate. A record it cannot read evicts everything.
 */
@ApplicationScoped
public class CacheEviction {

    private static final Logger LOG = Logger.getLogger(CacheEviction.class);

    private final KnowledgeCache cache;
    private final ObjectMapper mapper;

    public CacheEviction(KnowledgeCache cache, ObjectMapper mapper) {
        this.cache = cache;
        this.mapper = mapper;
    }

    @Incoming("evidence-changes")
    public void onEvidence(String record) {
        EventEnvelope e = read(record);
        if (e == null) {
            cache.evictAllTrials();
        } else if (TrialChanged.AGGREGATE.equals(e.aggregateType())) {
            cache.evictTrial(e.aggregateId());
            LOG.debugf("evicted trial %s", e.aggregateId());
        }
    }

    @Incoming("access-changes")
    public void onAccess(String record) {
        EventEnvelope e = read(record);
        if (e == null) {
            cache.evictAllCosts();
            return;
        }
        String id = e.aggregateId();
        LOG.debugf("evicting costs after %s %s", e.aggregateType(), id);
        switch (e.aggregateType()) {
            case ListingChanged.AGGREGATE -> cache.evictCountry(countryOfListing(id));
            case CountryChanged.AGGREGATE -> cache.evictCountry(id);
            default -> cache.evictAllCosts();
        }
    }

    /** A listing's aggregate id is {@code COUNTRY:inn}; only the country part keys the cache. */
    static String countryOfListing(String aggregateId) {
        int colon = aggregateId.indexOf(':');
        return colon < 0 ? aggregateId : aggregateId.substring(0, colon);
    }

    /**
     * An envelope without the ids eviction needs is as useless as unreadable JSON: both are treated as unknown
     * changes, so the caller evicts conservatively rather than keep a stale answer.
     */
    private EventEnvelope read(String record) {
        try {
            EventEnvelope e = mapper.readValue(record, EventEnvelope.class);
            if (e.aggregateType() == null || e.aggregateId() == null) {
                LOG.warnf("event without aggregateType or aggregateId, evicting conservatively");
                return null;
            }
            return e;
        } catch (Exception ex) {
            LOG.warnf("unreadable event, evicting conservatively: %s", ex.getMessage());
            return null;
        }
    }
}
