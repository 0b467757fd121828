package org.bcbm.common.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Mints the short-lived credential a back-end service requires on every call: a JWT signed RS256 by the gateway's
 * key, issuer {@link Roles#ISSUER}, audience {@link Roles#AUDIENCE}, the caller's name as subject and the roles it
 * covers as groups. The services verify it with the standard MicroProfile JWT verifier.
 */
public final class ServiceTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;
    private final String keyId;
    private final Duration lifetime;

    /** A credential and the instant it stops being accepted. */
    public record Token(String value, Instant expiresAt) {
    }

    public ServiceTokens(PrivateKey key, String keyId, Duration lifetime) {
        this.key = key;
        this.keyId = keyId;
        this.lifetime = lifetime;
    }

    public Token mint(String subject, String role) {
        Instant now = Instant.now();
        Instant expires = now.plus(lifetime);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", "RS256");
        header.put("typ", "JWT");
        header.put("kid", keyId);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", Roles.ISSUER);
        claims.put("aud", Roles.AUDIENCE);
        claims.put("sub", subject);
        claims.put("upn", subject);
        claims.put("groups", Roles.covered(role));
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", expires.getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        try {
            String signingInput = B64.encodeToString(JSON.writeValueAsBytes(header)) + "."
                    + B64.encodeToString(JSON.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return new Token(signingInput + "." + B64.encodeToString(rs256.sign()), expires);
        } catch (JsonProcessingException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a service credential", e);
        }
    }
}
