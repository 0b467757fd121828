package org.bcbm.serviceauth;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The standard verifier (signature, issuer, audience, expiry), run once per credential: the gateway sends the same
 * credential for each caller for minutes, and checking its RS256 signature on every call halved a service's
 * throughput. A remembered verification is used only while the credential has not expired; the exact token string
 * is the key, so any change to it is verified afresh.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class RememberedCredentials extends JWTCallerPrincipalFactory {

    /** Far more than the callers a gateway has at once (one credential each); past it, start again. */
    static final int LIMIT = 10_000;

    private final JWTCallerPrincipalFactory verifier;
    private final Clock clock;
    private final Map<String, JWTCallerPrincipal> verified = new ConcurrentHashMap<>();

    public RememberedCredentials() {
        this(new DefaultJWTCallerPrincipalFactory(), Clock.systemUTC());
    }

    RememberedCredentials(JWTCallerPrincipalFactory verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        JWTCallerPrincipal known = verified.get(token);
        long now = clock.instant().getEpochSecond();
        if (known != null && known.getExpirationTime() > now) {
            return known;
        }
        JWTCallerPrincipal principal = verifier.parse(token, authContextInfo);
        if (verified.size() >= LIMIT) {
            verified.clear();
        }
        verified.put(token, principal);
        return principal;
    }
}
