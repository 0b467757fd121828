package org.bcbm.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** CDS Hooks settings: the EHRs trusted to call, how their JWTs are checked, and how far the service reaches out. */
@ConfigMapping(prefix = "bcbm.cds")
public interface CdsConfig {

    /**
     * The CDS clients trusted to call, by the {@code iss} their JWTs carry, e.g.
     * {@code bcbm.cds.trusted-clients."https://ehr.example.org/".jwks=https://ehr.example.org/jwks.json}.
     */
    Map<String, TrustedClient> trustedClients();

    /**
     * The local sandbox client's public JWK set (a file), trusted as issuer {@code local-ehr}: set only by
     * ./platform up and the tests, like the local API keys.
     */
    Optional<String> localClientJwks();

    /** The sandbox client's patients' country (ISO 3166-1 alpha-2), so its answers carry cost and availability. */
    Optional<String> localClientCountry();

    /** One trusted CDS client. */
    interface TrustedClient {
        /** Its JWK set: a file path or an http(s) URL. Several keys may be listed; the JWT's kid picks one. */
        String jwks();

        /** ISO 3166-1 alpha-2 country of the client's patients, used when the Patient resource names none. */
        Optional<String> country();

        /** FHIR servers (base URL prefixes) this client may send as fhirServer; absent: any. */
        Optional<List<String>> fhirServers();
    }

    /**
     * The gateway's public base URL (e.g. https://bcbm.example.org) that EHRs call: each JWT's aud must be the
     * endpoint under it. Absent: the URL the request was made to.
     */
    Optional<String> publicBaseUrl();

    /** How often each client's JWK set is read again (a rotated key is also fetched at once on an unknown kid). */
    @WithDefault("5M")
    Duration jwksRefresh();

    /** An unknown kid triggers at most one early re-read of a client's JWK set per this interval. */
    @WithDefault("30S")
    Duration jwksMinRereadInterval();

    /** Clock difference tolerated on exp, nbf and iat. */
    @WithDefault("30S")
    Duration clockSkew();

    /** A JWT living longer than this is refused: the spec asks for short-lived tokens (about 5 minutes). */
    @WithDefault("10M")
    Duration maxTokenLifetime();

    /** Connect and read timeout of each call to an EHR's FHIR server for data the prefetch lacked. */
    @WithDefault("4S")
    Duration fhirTimeout();

    /** HMAC-SHA256 key for patient ids (the audit's key), so no patient id is stored or published in clear. */
    String patientRefKey();

    /** Where card feedback is published (through the outbox). */
    @WithDefault("cds.feedback")
    String feedbackTopic();
}
