package org.bcbm.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bcbm.gateway.config.CdsConfig;

/**
 * HMAC-SHA256 of a patient id under the audit's key (recommendation-service pseudonymises patientRef the same way),
 * so CDS cards and feedback can be joined per patient without the id ever being stored, logged or published.
 */
@ApplicationScoped
public class PatientPseudonyms {

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    public PatientPseudonyms(CdsConfig config) {
        this.key = new SecretKeySpec(config.patientRefKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    public String of(String patientId) {
        if (patientId == null || patientId.isBlank()) {
            return null;
        }
        return HexFormat.of().formatHex(macs.get().doFinal(patientId.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
