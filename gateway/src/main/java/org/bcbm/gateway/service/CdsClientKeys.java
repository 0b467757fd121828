package org.bcbm.gateway.service;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bcbm.gateway.config.CdsConfig;
import org.jboss.logging.Logger;

/**
 * The public keys of each trusted CDS client, by issuer and kid. Every JWK set is read again on a schedule, and at
 * once (at most every jwks-min-reread-interval) when a JWT names a kid the set lacks, so a client can add a new key
 * beside the old one and sign with it without a restart of the gateway.
 */
@ApplicationScoped
public class CdsClientKeys {

    private static final Logger LOG = Logger.getLogger(CdsClientKeys.class);
    public static final String LOCAL_ISSUER = "local-ehr";

    /** One trusted client as configured: where its keys come from and its patients' country. */
    public record Client(String issuer, String jwks, Optional<String> country, Optional<List<String>> fhirServers) {
    }

    private final CdsConfig config;
    private final Map<String, Client> clients = new LinkedHashMap<>();
    private final Map<String, JWKSet> sets = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastRead = new ConcurrentHashMap<>();

    public CdsClientKeys(CdsConfig config) {
        this.config = config;
        config.trustedClients().forEach((issuer, c) -> clients.put(issuer,
                new Client(issuer, c.jwks(), c.country(), c.fhirServers())));
        config.localClientJwks().filter(s -> !s.isBlank()).ifPresent(jwks -> clients.put(LOCAL_ISSUER,
                new Client(LOCAL_ISSUER, jwks, config.localClientCountry(), Optional.empty())));
    }

    public Optional<Client> client(String issuer) {
        return Optional.ofNullable(clients.get(issuer));
    }

    /** The key the client signed with; an unknown kid re-reads the client's set once before giving up. */
    public Optional<JWK> key(String issuer, String kid) {
        Client client = clients.get(issuer);
        if (client == null) {
            return Optional.empty();
        }
        JWKSet set = sets.get(issuer);
        if (set == null || set.getKeyByKeyId(kid) == null) {
            Instant last = lastRead.get(issuer);
            if (set == null || last == null || last.plus(config.jwksMinRereadInterval()).isBefore(Instant.now())) {
                set = read(client);
            }
        }
        return set == null ? Optional.empty() : Optional.ofNullable(set.getKeyByKeyId(kid));
    }

    @Scheduled(every = "${bcbm.cds.jwks-refresh:5M}", delay = 1, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        clients.values().forEach(this::read);
    }

    /** Reads the set; a failed read keeps the keys read before (a JWKS host briefly down locks no one out). */
    private JWKSet read(Client client) {
        lastRead.put(client.issuer(), Instant.now());
        try {
            String where = client.jwks();
            JWKSet set = where.startsWith("https://") || where.startsWith("http://")
                    ? JWKSet.load(URI.create(where).toURL())
                    : JWKSet.load(Path.of(where).toFile());
            // only public halves: a private key listed by mistake must not sit in memory as a verification key
            JWKSet publicOnly = set.toPublicJWKSet();
            sets.put(client.issuer(), publicOnly);
            return publicOnly;
        } catch (IOException | ParseException | IllegalArgumentException e) {
            LOG.warnf("cannot read the JWK set of CDS client %s from %s: %s", client.issuer(), client.jwks(),
                    e.getMessage());
            return sets.get(client.issuer());
        }
    }
}
