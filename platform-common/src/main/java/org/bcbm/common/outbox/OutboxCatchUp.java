package org.bcbm.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Finds aggregates whose current version never reached the outbox. Reference data arrives by Flyway migration,
 * outside any service transaction; publishing it at start-up lets consumers learn the seed like any other change.
 */
@ApplicationScoped
public class OutboxCatchUp {

    private final EntityManager em;

    public OutboxCatchUp(EntityManager em) {
        this.em = em;
    }

    /**
     * @param idExpression JPQL expression of the aggregate id over alias {@code e}, e.g. {@code e.inn}
     */
    public <T> List<T> unpublished(Class<T> entity, String aggregateType, String idExpression) {
        return em.createQuery("select e from " + entity.getSimpleName() + " e where not exists (select 1 from "
                + "OutboxEvent o where o.aggregateType = :type and o.aggregateId = " + idExpression
                + " and o.aggregateVersion = e.version)", entity)
                .setParameter("type", aggregateType)
                .getResultList();
    }
}
