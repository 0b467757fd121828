package org.bcbm.gateway.rest;

import jakarta.enterprise.context.RequestScoped;
import org.bcbm.gateway.service.CdsTokenVerifier;

/** The CDS client behind this request, as its verified JWT names it. */
@RequestScoped
public class CdsCaller {

    private CdsTokenVerifier.Verified verified;

    void set(CdsTokenVerifier.Verified verified) {
        this.verified = verified;
    }

    public CdsTokenVerifier.Verified verified() {
        if (verified == null) {
            throw new IllegalStateException("no CDS client: the JWT filter did not run");
        }
        return verified;
    }
}
