package org.bcbm.common.security;

import java.util.List;
import java.util.Locale;

/**
 * The roles a service credential carries, as the gateway grants them: a curator can do what a partner can, ops can do
 * everything, so each role's token lists every role it covers and each endpoint names the one it needs.
 */
public final class Roles {

    public static final String PARTNER = "partner";
    public static final String CURATOR = "curator";
    public static final String OPS = "ops";

    /** Who issues service credentials, and for whom: checked by every back-end service. */
    public static final String ISSUER = "bcbm-gateway";
    public static final String AUDIENCE = "bcbm-services";

    private Roles() {
    }

    /** The groups claim of a credential for {@code role}: the role and every role below it. */
    public static List<String> covered(String role) {
        return switch (role.toLowerCase(Locale.ROOT)) {
            case PARTNER -> List.of(PARTNER);
            case CURATOR -> List.of(PARTNER, CURATOR);
            case OPS -> List.of(PARTNER, CURATOR, OPS);
            default -> throw new IllegalArgumentException("no such role: " + role);
        };
    }
}
