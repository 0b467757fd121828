package org.bcbm.evidence.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The global evidence knowledge version: one counter bumped in the same transaction as each change. */
@ApplicationScoped
public class KnowledgeVersionRepository {

    private final EntityManager em;

    public KnowledgeVersionRepository(EntityManager em) {
        this.em = em;
    }

    public long current() {
        return ((Number) em.createNativeQuery("SELECT version FROM knowledge_version WHERE id = 1").getSingleResult())
                .longValue();
    }

    /** Row lock serialises concurrent curators, so versions never repeat. */
    public long bump() {
        return ((Number) em.createNativeQuery(
                "UPDATE knowledge_version SET version = version + 1, changed_at = now() WHERE id = 1 RETURNING version")
                .getSingleResult()).longValue();
    }
}
