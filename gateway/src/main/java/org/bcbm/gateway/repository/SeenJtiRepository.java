package org.bcbm.gateway.repository;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The jti of every CDS client JWT accepted, kept until the JWT expires, in the gateway's database so that a token
 * replayed to another replica is refused too.
 */
@ApplicationScoped
public class SeenJtiRepository {

    private final EntityManager em;

    public SeenJtiRepository(EntityManager em) {
        this.em = em;
    }

    /** True the first time (issuer, jti) is seen; one atomic statement, so two replicas cannot both accept it. */
    @Transactional
    public boolean firstUse(String issuer, String jti, Instant expiresAt) {
        return em.createNativeQuery("INSERT INTO cds_seen_jti (issuer, jti, expires_at) VALUES (?1, ?2, ?3) "
                + "ON CONFLICT (issuer, jti) DO NOTHING")
                .setParameter(1, issuer).setParameter(2, jti)
                .setParameter(3, OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    /** A jti whose token has expired can no longer be replayed (exp is checked first): forget it. */
    @Scheduled(every = "1M", delay = 1, concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void purgeExpired() {
        em.createNativeQuery("DELETE FROM cds_seen_jti WHERE expires_at < now() - interval '5 minutes'").executeUpdate();
    }
}
