package org.bcbm.testsupport;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bcbm.common.security.Roles;
import org.bcbm.common.security.ServiceKeys;
import org.bcbm.common.security.ServiceTokens;

/**
 * The gateway's credential as the tests present it: a key pair made once per module under target/service-keys
 * (TestInfrastructure gives the service its public half) and credentials signed with it for each role.
 */
public final class TestCredentials {

    public static final String KEY_ID = "test-1";
    private static final Path DIR = Path.of("target", "service-keys");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> BY_ROLE = new ConcurrentHashMap<>();
    private static ServiceKeys.KeyFiles keys;
    private static ServiceTokens tokens;

    private TestCredentials() {
    }

    /** The module's key pair, made on first use. */
    public static synchronized ServiceKeys.KeyFiles keys() {
        if (keys == null) {
            try {
                keys = ServiceKeys.ensure(DIR.toAbsolutePath(), KEY_ID);
                tokens = new ServiceTokens(ServiceKeys.readPrivateKey(keys.privateKey()), KEY_ID, Duration.ofHours(2));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("cannot make the tests' service key pair", e);
            }
        }
        return keys;
    }

    /** {@code Bearer <credential>} of a caller with this role, as the gateway would sign it. */
    public static String authorization(String role) {
        keys();
        return BY_ROLE.computeIfAbsent(role, r -> "Bearer " + tokens.mint("test " + r, r).value());
    }

    /**
     * The claims of a credential a test stand-in for a service received, once its signature (the tests' key), issuer,
     * audience and expiry are checked as a service checks them; empty when any check fails.
     */
    public static Optional<JsonNode> verifiedClaims(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Optional.empty();
        }
        String[] parts = authorization.substring("Bearer ".length()).split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode jwk = JSON.readTree(keys().publicKeys().toFile()).path("keys").path(0);
            Base64.Decoder b64 = Base64.getUrlDecoder();
            PublicKey key = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, b64.decode(jwk.path("n").asText())), new BigInteger(1, b64.decode(jwk.path("e").asText()))));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(key);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rs256.verify(b64.decode(parts[2]))) {
                return Optional.empty();
            }
            JsonNode claims = JSON.readTree(b64.decode(parts[1]));
            boolean valid = Roles.ISSUER.equals(claims.path("iss").asText())
                    && Roles.AUDIENCE.equals(claims.path("aud").asText())
                    && claims.path("exp").asLong() > Instant.now().getEpochSecond();
            return valid ? Optional.of(claims) : Optional.empty();
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A request carrying the gateway's credential with every role: for tests about something else than access. */
    public static RequestSpecification asGateway() {
        return given().header("Authorization", authorization(Roles.OPS));
    }

    /** A request carrying the gateway's credential for one role. */
    public static RequestSpecification as(String role) {
        return given().header("Authorization", authorization(role));
    }
}
