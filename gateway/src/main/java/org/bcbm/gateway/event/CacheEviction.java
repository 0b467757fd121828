package org.bcbm.gateway.event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
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
        JsonNode e = read(record);
        if (e == null) {
            cache.evictAllTrials();
        } else if ("trial".equals(e.path("aggregateType").asText())) {
            cache.evictTrial(e.path("aggregateId").asText());
            LOG.debugf("evicted trial %s", e.path("aggregateId").asText());
        }
    }

    @Incoming("access-changes")
    public void onAccess(String record) {
        JsonNode e = read(record);
        if (e == null) {
            cache.evictAllCosts();
            return;
        }
        String id = e.path("aggregateId").asText();
        LOG.debugf("evicting costs after %s %s", e.path("aggregateType").asText(), id);
        switch (e.path("aggregateType").asText()) {
            case "listing" -> cache.evictCountry(id.substring(0, id.indexOf(':') < 0 ? id.length() : id.indexOf(':')));
            case "country" -> cache.evictCountry(id);
            default -> cache.evictAllCosts();
        }
    }

    private JsonNode read(String record) {
        try {
            return mapper.readTree(record);
        } catch (Exception ex) {
            LOG.warnf("unreadable event, evicting conservatively: %s", ex.getMessage());
            return null;
        }
    }
}
