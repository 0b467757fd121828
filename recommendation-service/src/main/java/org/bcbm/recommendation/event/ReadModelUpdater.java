package org.bcbm.recommendation.event;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import org.bcbm.common.event.EventEnvelope;
import org.bcbm.recommendation.repository.ReadModelRepository;
import org.jboss.logging.Logger;

/** Applies one evidence or access event to the read models, exactly once, never letting an old version win. */
@ApplicationScoped
public class ReadModelUpdater {

    private static final Logger LOG = Logger.getLogger(ReadModelUpdater.class);

    private final ReadModelRepository readModels;

    public ReadModelUpdater(ReadModelRepository readModels) {
        this.readModels = readModels;
    }

    /** @return false when the event had already been applied (a redelivery) */
    @Transactional
    public boolean apply(String topic, EventEnvelope e) {
        if (!readModels.markProcessed(e.eventId(), topic)) {
            return false;
        }
        JsonNode p = e.payload();
        switch (e.aggregateType()) {
            case "trial" -> {
                JsonNode t = required(p, "trial");
                readModels.upsertTrial(text(t, "trialId"), text(t, "name"), text(t, "doi"), t.path("outcomes"),
                        e.aggregateVersion());
                evidenceVersion(p);
            }
            case "treatment" -> {
                JsonNode t = required(p, "treatment");
                readModels.upsertTreatment(text(t, "inn"), text(t, "modality"), text(t, "drugClass"),
                        text(t, "status"), e.aggregateVersion());
                evidenceVersion(p);
            }
            case "country" -> {
                readModels.upsertCountry(text(p, "code"), text(p, "name"), text(p, "incomeGroup"), text(p, "tier"),
                        text(p, "tierSource"), bool(p, "radiotherapyAvailable"), bool(p, "ngsAvailable"),
                        e.aggregateVersion());
                accessVersion(e);
            }
            case "drug" -> {
                readModels.upsertDrug(text(p, "inn"), text(p, "whoEml"), bool(p, "genericExists"), text(p, "minimumTier"),
                        e.aggregateVersion());
                accessVersion(e);
            }
            case "listing" -> {
                JsonNode l = required(p, "listing");
                readModels.upsertListing(text(p, "country"), text(l, "inn"), bool(l, "available"), text(l, "source"),
                        l.hasNonNull("annualCost") ? l.get("annualCost").decimalValue() : (BigDecimal) null,
                        text(l, "annualCostCurrency"), e.aggregateVersion());
                accessVersion(e);
            }
            default -> LOG.debugf("ignoring %s of aggregate type %s", e.type(), e.aggregateType());
        }
        return true;
    }

    private void evidenceVersion(JsonNode payload) {
        if (payload.hasNonNull("knowledgeVersion")) {
            long v = payload.get("knowledgeVersion").asLong();
            readModels.advanceKnowledge("evidence", v, "evidence-v" + v);
        }
    }

    /** access-cost-service has no global counter: its knowledge is as new as the newest event applied. */
    private void accessVersion(EventEnvelope e) {
        readModels.advanceKnowledge("access", e.occurredAt().toEpochMilli(), "access@" + e.occurredAt());
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new PoisonEventException("payload has no object '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asBoolean();
    }
}
