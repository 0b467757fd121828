package org.bcbm.gateway;

import java.util.Locale;

/** Contract roles: partner reads and recommends; curator also changes evidence and access data; ops runs it. */
public enum Role {
    PARTNER, CURATOR, OPS;

    /** curator can do everything a partner can; ops can do everything. */
    public boolean covers(Role required) {
        return this == OPS || this == required || (this == CURATOR && required == PARTNER);
    }

    public static Role of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
