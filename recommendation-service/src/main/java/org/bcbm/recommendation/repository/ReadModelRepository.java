package org.bcbm.recommendation.repository;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.bcbm.recommendation.rules.Knowledge.CountrySnapshot;
import org.bcbm.recommendation.rules.Knowledge.ListingSnapshot;
import org.bcbm.recommendation.rules.Knowledge.OutcomeSnapshot;
import org.bcbm.recommendation.rules.Knowledge.TrialSnapshot;

/**
 * The read models of evidence and access. Every write is an upsert guarded by the aggregate version, so a
 * redelivered or older event never overwrites a newer state.
 */
@ApplicationScoped
public class ReadModelRepository {

    private static final TypeReference<List<OutcomeSnapshot>> OUTCOMES = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper mapper;

    public ReadModelRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    /** @return false when the event id was already applied */
    public boolean markProcessed(java.util.UUID eventId, String topic) {
        return em.createNativeQuery("INSERT INTO processed_event (event_id, topic) VALUES (:id, :topic) "
                + "ON CONFLICT DO NOTHING").setParameter("id", eventId).setParameter("topic", topic)
                .executeUpdate() == 1;
    }

    public int upsertTrial(String trialId, String name, String doi, JsonNode outcomes, long version) {
        return em.createNativeQuery("INSERT INTO rm_trial (trial_id, name, doi, outcomes, aggregate_version) "
                + "VALUES (:id, :name, :doi, CAST(:outcomes AS jsonb), :v) ON CONFLICT (trial_id) DO UPDATE SET "
                + "name = EXCLUDED.name, doi = EXCLUDED.doi, outcomes = EXCLUDED.outcomes, "
                + "aggregate_version = EXCLUDED.aggregate_version, updated_at = now() "
                + "WHERE rm_trial.aggregate_version < EXCLUDED.aggregate_version")
                .setParameter("id", trialId).setParameter("name", name).setParameter("doi", doi)
                .setParameter("outcomes", outcomes.toString()).setParameter("v", version).executeUpdate();
    }

    public int upsertTreatment(String inn, String modality, String drugClass, String status, long version) {
        return em.createNativeQuery("INSERT INTO rm_treatment (inn, modality, drug_class, status, aggregate_version) "
                + "VALUES (:inn, :m, :c, :s, :v) ON CONFLICT (inn) DO UPDATE SET modality = EXCLUDED.modality, "
                + "drug_class = EXCLUDED.drug_class, status = EXCLUDED.status, aggregate_version = EXCLUDED.aggregate_version "
                + "WHERE rm_treatment.aggregate_version < EXCLUDED.aggregate_version")
                .setParameter("inn", inn).setParameter("m", modality).setParameter("c", drugClass)
                .setParameter("s", status).setParameter("v", version).executeUpdate();
    }

    public int upsertCountry(String code, String name, String incomeGroup, String tier, String tierSource,
            Boolean radiotherapy, Boolean ngs, long version) {
        return em.createNativeQuery("INSERT INTO rm_country (code, name, income_group, tier, tier_source, "
                + "radiotherapy_available, ngs_available, aggregate_version) VALUES (:code, :name, :ig, :tier, :ts, :rt, "
                + ":ngs, :v) ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, income_group = EXCLUDED.income_group, "
                + "tier = EXCLUDED.tier, tier_source = EXCLUDED.tier_source, "
                + "radiotherapy_available = EXCLUDED.radiotherapy_available, ngs_available = EXCLUDED.ngs_available, "
                + "aggregate_version = EXCLUDED.aggregate_version WHERE rm_country.aggregate_version < EXCLUDED.aggregate_version")
                .setParameter("code", code).setParameter("name", name).setParameter("ig", incomeGroup)
                .setParameter("tier", tier).setParameter("ts", tierSource).setParameter("rt", radiotherapy)
                .setParameter("ngs", ngs).setParameter("v", version).executeUpdate();
    }

    public int upsertDrug(String inn, String whoEml, Boolean genericExists, String minimumTier, long version) {
        return em.createNativeQuery("INSERT INTO rm_drug (inn, who_eml, generic_exists, minimum_tier, aggregate_version) "
                + "VALUES (:inn, :eml, :gen, :tier, :v) ON CONFLICT (inn) DO UPDATE SET who_eml = EXCLUDED.who_eml, "
                + "generic_exists = EXCLUDED.generic_exists, minimum_tier = EXCLUDED.minimum_tier, "
                + "aggregate_version = EXCLUDED.aggregate_version WHERE rm_drug.aggregate_version < EXCLUDED.aggregate_version")
                .setParameter("inn", inn).setParameter("eml", whoEml).setParameter("gen", genericExists)
                .setParameter("tier", minimumTier).setParameter("v", version).executeUpdate();
    }

    public Optional<String> minimumTier(String inn) {
        List<?> rows = em.createNativeQuery("SELECT minimum_tier FROM rm_drug WHERE inn = :inn")
                .setParameter("inn", inn).getResultList();
        return rows.stream().filter(java.util.Objects::nonNull).findFirst().map(Object::toString);
    }

    public int upsertListing(String country, String inn, Boolean available, String source, BigDecimal annualCost,
            String currency, long version) {
        return em.createNativeQuery("INSERT INTO rm_listing (country_code, inn, available, source, annual_cost, "
                + "annual_cost_currency, aggregate_version) VALUES (:c, :inn, :a, :s, :cost, :cur, :v) "
                + "ON CONFLICT (country_code, inn) DO UPDATE SET available = EXCLUDED.available, source = EXCLUDED.source, "
                + "annual_cost = EXCLUDED.annual_cost, annual_cost_currency = EXCLUDED.annual_cost_currency, "
                + "aggregate_version = EXCLUDED.aggregate_version "
                + "WHERE rm_listing.aggregate_version < EXCLUDED.aggregate_version")
                .setParameter("c", country).setParameter("inn", inn).setParameter("a", available)
                .setParameter("s", source).setParameter("cost", annualCost).setParameter("cur", currency)
                .setParameter("v", version).executeUpdate();
    }

    /** Knowledge versions only move forward, whatever order replays arrive in. */
    public void advanceKnowledge(String source, long ordinal, String version) {
        em.createNativeQuery("INSERT INTO knowledge_state (source, ordinal, version) VALUES (:s, :o, :v) "
                + "ON CONFLICT (source) DO UPDATE SET ordinal = EXCLUDED.ordinal, version = EXCLUDED.version, "
                + "updated_at = now() WHERE knowledge_state.ordinal < EXCLUDED.ordinal")
                .setParameter("s", source).setParameter("o", ordinal).setParameter("v", version).executeUpdate();
    }

    public Optional<String> knowledgeVersion(String source) {
        List<?> rows = em.createNativeQuery("SELECT version FROM knowledge_state WHERE source = :s")
                .setParameter("s", source).getResultList();
        return rows.stream().findFirst().map(Object::toString);
    }

    public Optional<TrialSnapshot> trial(String trialId) {
        List<?> rows = em.createNativeQuery("SELECT trial_id, name, doi, CAST(outcomes AS text) FROM rm_trial WHERE trial_id = :id")
                .setParameter("id", trialId).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            try {
                return new TrialSnapshot((String) row[0], (String) row[1], (String) row[2],
                        mapper.readValue((String) row[3], OUTCOMES));
            } catch (Exception e) {
                throw new IllegalStateException("read model of trial " + trialId + " holds unreadable outcomes", e);
            }
        });
    }

    public Optional<ListingSnapshot> listing(String country, String inn) {
        List<?> rows = em.createNativeQuery("SELECT available, source FROM rm_listing WHERE country_code = :c AND inn = :inn")
                .setParameter("c", country).setParameter("inn", inn).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new ListingSnapshot(country, inn, (Boolean) row[0], (String) row[1]);
        });
    }

    public Optional<CountrySnapshot> country(String code) {
        List<?> rows = em.createNativeQuery("SELECT code, name, tier, tier_source, radiotherapy_available, ngs_available "
                + "FROM rm_country WHERE code = :c").setParameter("c", code).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new CountrySnapshot((String) row[0], (String) row[1], (String) row[2], (String) row[3], (Boolean) row[4],
                    (Boolean) row[5]);
        });
    }

    /** Nothing was ever applied: a new or wiped database. */
    public boolean isEmpty() {
        return em.createNativeQuery("SELECT 1 FROM processed_event LIMIT 1").getResultList().isEmpty();
    }

    public long trialCount() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM rm_trial").getSingleResult()).longValue();
    }

    /** Empties every read model and the processed-event log, before a replay from the beginning of the topics. */
    public void clear() {
        em.createNativeQuery("TRUNCATE rm_trial, rm_treatment, rm_country, rm_drug, rm_listing, processed_event, "
                + "knowledge_state").executeUpdate();
    }
}
