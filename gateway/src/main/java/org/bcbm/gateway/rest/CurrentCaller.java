package org.bcbm.gateway.rest;

import jakarta.enterprise.context.RequestScoped;
import org.bcbm.gateway.service.ApiKeys;

/** The partner behind this request, as the key filter resolved it: jobs belong to it. */
@RequestScoped
public class CurrentCaller {

    private ApiKeys.Caller caller;

    void set(ApiKeys.Caller caller) {
        this.caller = caller;
    }

    public String name() {
        return caller().name();
    }

    public ApiKeys.Caller caller() {
        if (caller == null) {
            throw new IllegalStateException("no caller: the key filter did not run");
        }
        return caller;
    }
}
