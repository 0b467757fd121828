package org.bcbm.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The CDS clients of the tests: test-ehr (an ES384 and an RS384 key; more can be added to its JWK set, as a
 * rotation does) and other-ehr (its own RS384 key), their JWK sets written where the test configuration points.
 */
public final class CdsClients {

    public static final String BASE = "https://bcbm.test";
    public static final String SERVICE = BASE + "/cds-services/" + CdsHooks.SERVICE_ID;
    public static final String TEST_EHR = "test-ehr";
    public static final String OTHER_EHR = "other-ehr";
    static final Path DIR = Path.of("target", "cds-test-keys");

    public static final ECKey ES = generateEc("test-es-1");
    public static final RSAKey RS = generateRsa("test-rs-1");
    public static final RSAKey OTHER = generateRsa("other-rs-1");
    private static final List<JWK> TEST_EHR_KEYS = new ArrayList<>(List.of(ES, RS));

    static {
        write(TEST_EHR, TEST_EHR_KEYS);
        write(OTHER_EHR, List.of(OTHER));
    }

    private CdsClients() {
    }

    /** A new key in test-ehr's JWK set, beside the others: a rotation in progress. */
    public static synchronized RSAKey rotateIn(String kid) {
        RSAKey key = generateRsa(kid);
        TEST_EHR_KEYS.add(key);
        write(TEST_EHR, TEST_EHR_KEYS);
        return key;
    }

    /** A valid ES384 token from test-ehr for {@code aud}. */
    public static String bearer(String aud) {
        return "Bearer " + sign(ES, TEST_EHR, aud, Instant.now(), Instant.now().plusSeconds(300), UUID.randomUUID().toString());
    }

    public static String sign(JWK key, String iss, String aud, Instant iat, Instant exp, String jti) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(iss).audience(aud).issueTime(Date.from(iat))
                .expirationTime(Date.from(exp)).jwtID(jti).build();
        JWSAlgorithm alg = key instanceof ECKey ? JWSAlgorithm.ES384 : JWSAlgorithm.RS384;
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg).keyID(key.getKeyID()).type(JOSEObjectType.JWT)
                .build(), claims);
        try {
            JWSSigner signer = key instanceof ECKey ec ? new ECDSASigner(ec) : new RSASSASigner((RSAKey) key);
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** An unsigned token (alg none) with otherwise valid claims. */
    public static String unsigned(String aud) {
        return new PlainJWT(new JWTClaimsSet.Builder().issuer(TEST_EHR).audience(aud).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300))).jwtID(UUID.randomUUID().toString())
                .build()).serialize();
    }

    private static void write(String issuer, List<JWK> keys) {
        try {
            Files.createDirectories(DIR);
            Path tmp = DIR.resolve(issuer + ".jwks.json.tmp");
            Files.writeString(tmp, new JWKSet(keys).toPublicJWKSet().toString());
            Files.move(tmp, DIR.resolve(issuer + ".jwks.json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ECKey generateEc(String kid) {
        try {
            return new ECKeyGenerator(Curve.P_384).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generateRsa(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
