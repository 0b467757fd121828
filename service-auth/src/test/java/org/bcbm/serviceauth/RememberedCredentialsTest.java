package org.bcbm.serviceauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

class RememberedCredentialsTest {

    /** Stands in for the signature check: counts calls, accepts tokens starting "good", expiring at second 1000. */
    static final class CountingVerifier extends JWTCallerPrincipalFactory {
        final List<String> verified = new ArrayList<>();

        @Override
        public JWTCallerPrincipal parse(String token, JWTAuthContextInfo info) throws ParseException {
            verified.add(token);
            if (!token.startsWith("good")) {
                throw new ParseException("bad signature");
            }
            JwtClaims claims = new JwtClaims();
            claims.setExpirationTime(NumericDate.fromSeconds(1000));
            return new DefaultJWTCallerPrincipal(token, "JWT", claims);
        }
    }

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        long second;

        TestClock(long second) {
            this.second = second;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(second);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private static Clock at(long second) {
        return new TestClock(second);
    }

    @Test
    void aCredentialIsVerifiedOnceWhileItIsValid() throws Exception {
        CountingVerifier verifier = new CountingVerifier();
        RememberedCredentials credentials = new RememberedCredentials(verifier, at(500));
        JWTCallerPrincipal first = credentials.parse("good-1", null);
        assertSame(first, credentials.parse("good-1", null));
        assertEquals(List.of("good-1"), verifier.verified);
    }

    @Test
    void anExpiredCredentialIsVerifiedAgainNotRemembered() throws Exception {
        CountingVerifier verifier = new CountingVerifier();
        TestClock clock = new TestClock(999);
        RememberedCredentials credentials = new RememberedCredentials(verifier, clock);
        credentials.parse("good-1", null);
        credentials.parse("good-1", null);
        clock.second = 1000; // the credential's expiry: from now on only the verifier may accept it (or not)
        credentials.parse("good-1", null);
        credentials.parse("good-1", null);
        assertEquals(List.of("good-1", "good-1", "good-1"), verifier.verified);
    }

    @Test
    void aRefusedCredentialIsNeverRemembered() {
        CountingVerifier verifier = new CountingVerifier();
        RememberedCredentials credentials = new RememberedCredentials(verifier, at(500));
        assertThrows(ParseException.class, () -> credentials.parse("forged", null));
        assertThrows(ParseException.class, () -> credentials.parse("forged", null));
        assertEquals(List.of("forged", "forged"), verifier.verified);
    }
}
