package org.bcbm.recommendation.event;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.common.event.v1.RecommendationIssued;
import org.bcbm.recommendation.repository.AuditRepository;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps audit_log from recommendation.events, in batches and off the request path. The request id is the key: a
 * retried request or a redelivered record never makes a second row. Replicas share one group, so each record is
 * written once; a record that is not a RecommendationIssued is skipped with a warning.
 */
@ApplicationScoped
public class AuditLogWriter {

    private static final Logger LOG = Logger.getLogger(AuditLogWriter.class);

    private final AuditRepository audits;
    private final ObjectMapper mapper;

    public AuditLogWriter(AuditRepository audits, ObjectMapper mapper) {
        this.audits = audits;
        this.mapper = mapper;
    }

    @Incoming("audit-in")
    @Blocking
    @Transactional
    public void write(List<String> records) {
        List<RecommendationIssued> batch = new ArrayList<>(records.size());
        for (String record : records) {
            try {
                EventEnvelope e = mapper.readValue(record, EventEnvelope.class);
                if (RecommendationIssued.TYPE.equals(e.type())) {
                    batch.add(mapper.treeToValue(e.payload(), RecommendationIssued.class));
                }
            } catch (Exception ex) {
                LOG.warnf("skipping an unreadable record on the audit topic: %s", ex.getMessage());
            }
        }
        audits.insertIfAbsent(batch);
    }
}
