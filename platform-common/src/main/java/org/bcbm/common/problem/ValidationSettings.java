package org.bcbm.common.problem;

import io.quarkus.hibernate.validator.HibernateValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;

/**
 * Bean Validation as every service uses it: on request bodies, which are plain records and never lazily loaded
 * entities, so the per-validation cache of "is this property reachable" answers only costs time (a hash map
 * filled for every property of every profile).
 */
@ApplicationScoped
public class ValidationSettings implements HibernateValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.enableTraversableResolverResultCache(false);
    }
}
