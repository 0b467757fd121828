package org.bcbm.gateway.client;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import org.bcbm.common.security.ServiceKeys;
import org.bcbm.common.security.ServiceTokens;
import org.bcbm.gateway.config.GatewayConfig;
import org.bcbm.gateway.service.ApiKeys.Caller;

/**
 * The Authorization header the gateway sends a back-end service on behalf of a caller: a short-lived credential
 * naming the caller and the roles its key has. One per caller is kept and signed again once a fifth of its lifetime
 * is left, so signing costs nothing per request.
 */
@ApplicationScoped
public class ServiceCredentials {

    private final ServiceTokens tokens;
    private final long renewBeforeMillis;
    /** Bounded: one entry per caller identity, and one past its renewal is never used again. */
    private final Cache<String, ServiceTokens.Token> issued;

    public ServiceCredentials(GatewayConfig config) {
        GatewayConfig.ServiceCredentials settings = config.serviceCredentials();
        try {
            this.tokens = new ServiceTokens(ServiceKeys.readPrivateKey(settings.signingKey()), settings.keyId(),
                    settings.lifetime());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the service signing key " + settings.signingKey(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the service signing key is not a PKCS#8 RSA key", e);
        }
        this.renewBeforeMillis = settings.lifetime().toMillis() / 5;
        this.issued = Caffeine.newBuilder().maximumSize(10_000)
                .expireAfterWrite(Duration.ofMillis(settings.lifetime().toMillis() - renewBeforeMillis)).build();
    }

    /** {@code Bearer <credential>} for this caller. */
    public String authorization(Caller caller) {
        String role = caller.role().name();
        String key = caller.name() + "\n" + role;
        ServiceTokens.Token token = issued.getIfPresent(key);
        if (token == null || token.expiresAt().toEpochMilli() - renewBeforeMillis < Instant.now().toEpochMilli()) {
            token = tokens.mint(caller.name(), role);
            issued.put(key, token);
        }
        return "Bearer " + token.value();
    }
}
