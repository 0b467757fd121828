package org.bcbm.gateway;

import java.util.Locale;

/** Where a partner key comes from, which decides who may change or revoke it. */
public enum KeySource {
    /** Listed in bcbm.gateway.partner-keys (the Secret): revoked at the next start once no longer listed. */
    SECRET,
    /** Made by ops through POST /api/v1/admin/partner-keys. */
    ADMIN,
    /** The well-known keys of ./platform up and the tests: revoked at a start with local keys turned off. */
    LOCAL;

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
