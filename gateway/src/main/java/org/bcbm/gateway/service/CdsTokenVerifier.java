package org.bcbm.gateway.service;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bcbm.gateway.config.CdsConfig;
import org.bcbm.gateway.repository.SeenJtiRepository;

/**
 * Checks the JWT a CDS client sends with every call (CDS Hooks 2.0.1, "Trusting CDS Clients"): signed with ES384 or
 * RS384 by a key of a trusted issuer's JWK set (kid in the header), addressed to this endpoint, within its life, and
 * never seen before.
 */
@ApplicationScoped
public class CdsTokenVerifier {

    private static final Set<JWSAlgorithm> ACCEPTED = Set.of(JWSAlgorithm.ES384, JWSAlgorithm.RS384);

    /** The client a valid token identifies. */
    public record Verified(String issuer, CdsClientKeys.Client client) {
    }

    /** Why a token is refused; the message goes into the 401 problem (it names no secret). */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final CdsClientKeys keys;
    private final SeenJtiRepository seen;
    private final CdsConfig config;

    public CdsTokenVerifier(CdsClientKeys keys, SeenJtiRepository seen, CdsConfig config) {
        this.keys = keys;
        this.seen = seen;
        this.config = config;
    }

    /**
     * @param audiences the URLs this call may be addressed to (the endpoint called; for feedback also its service)
     * @throws Refused naming what is wrong
     */
    public Verified verify(String authorization, List<String> audiences) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new Refused("a CDS client must send its JWT as Authorization: Bearer");
        }
        JWT parsed;
        try {
            parsed = JWTParser.parse(authorization.substring(7).trim());
        } catch (ParseException e) {
            throw new Refused("the bearer token is not a JWT");
        }
        if (!(parsed instanceof SignedJWT jwt)) {
            throw new Refused("the JWT is not signed (alg none, or encrypted)");
        }
        JWSHeader header = jwt.getHeader();
        if (!ACCEPTED.contains(header.getAlgorithm())) {
            throw new Refused("alg " + header.getAlgorithm() + " is not accepted: ES384 or RS384");
        }
        if (header.getKeyID() == null || header.getKeyID().isBlank()) {
            throw new Refused("the JWT header names no kid");
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new Refused("the JWT's claims are not readable");
        }
        String issuer = claims.getIssuer();
        CdsClientKeys.Client client = issuer == null ? null : keys.client(issuer).orElse(null);
        if (client == null) {
            throw new Refused("issuer " + (issuer == null ? "(none)" : "'" + issuer + "'") + " is not a trusted CDS client");
        }
        JWK key = keys.key(issuer, header.getKeyID())
                .orElseThrow(() -> new Refused("kid '" + header.getKeyID() + "' is not in the JWK set of " + issuer));
        if (!signatureHolds(jwt, key)) {
            throw new Refused("the signature does not verify with key " + header.getKeyID());
        }
        checkTimes(claims);
        if (claims.getAudience() == null || claims.getAudience().stream().noneMatch(audiences::contains)) {
            throw new Refused("aud must be this CDS endpoint: " + audiences.get(0));
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            throw new Refused("the JWT has no jti");
        }
        if (!seen.firstUse(issuer, jti, claims.getExpirationTime().toInstant())) {
            throw new Refused("jti already used: a JWT is good for one call");
        }
        return new Verified(issuer, client);
    }

    private static boolean signatureHolds(SignedJWT jwt, JWK key) {
        try {
            JWSVerifier verifier;
            if (jwt.getHeader().getAlgorithm().equals(JWSAlgorithm.ES384) && key instanceof ECKey ec) {
                verifier = new ECDSAVerifier(ec);
            } else if (jwt.getHeader().getAlgorithm().equals(JWSAlgorithm.RS384) && key instanceof RSAKey rsa) {
                verifier = new RSASSAVerifier(rsa);
            } else {
                return false;
            }
            return jwt.verify(verifier);
        } catch (JOSEException e) {
            return false;
        }
    }

    private void checkTimes(JWTClaimsSet claims) {
        Instant now = Instant.now();
        Duration skew = config.clockSkew();
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null || iat == null) {
            throw new Refused("the JWT must carry exp and iat");
        }
        if (exp.toInstant().plus(skew).isBefore(now)) {
            throw new Refused("the JWT has expired");
        }
        if (iat.toInstant().minus(skew).isAfter(now)) {
            throw new Refused("the JWT is issued in the future (iat)");
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && nbf.toInstant().minus(skew).isAfter(now)) {
            throw new Refused("the JWT is not valid yet (nbf)");
        }
        if (Duration.between(iat.toInstant(), exp.toInstant()).compareTo(config.maxTokenLifetime()) > 0) {
            throw new Refused("the JWT lives longer than " + config.maxTokenLifetime().toMinutes() + " minutes");
        }
    }
}
