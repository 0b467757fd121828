package org.bcbm.access;

import org.bcbm.common.contract.Enums.Tier;

/**
 * The Breast Health Global Initiative's four resource levels (the ladder itself is {@link Tier}). Without a curator's override a country's level is
 * derived from its World Bank income group; the mapping is this project's convention (BHGI defines levels by the
 * services a setting can deliver, not by income) and every derived tier is labelled "derived".
 */
public final class ResourceTier {

    public static final String BASIC = "basic";
    public static final String LIMITED = "limited";
    public static final String ENHANCED = "enhanced";
    public static final String MAXIMAL = "maximal";

    private ResourceTier() {
    }

    public static String fromIncomeGroup(String incomeGroup) {
        if (incomeGroup == null) {
            return null;
        }
        return switch (incomeGroup) {
            case "low" -> BASIC;
            case "lower_middle" -> LIMITED;
            case "upper_middle" -> ENHANCED;
            case "high" -> MAXIMAL;
            default -> null;
        };
    }

    /** Whether a drug needing {@code minimumTier} is expected at {@code tier}; null when either is unknown. */
    public static Boolean expectedAt(String tier, String minimumTier) {
        return Tier.reaches(tier, minimumTier);
    }

    /** The project's convention for diagnostics without data: IHC from limited, ISH from enhanced, NGS at maximal. */
    public static Boolean diagnosticExpected(String tier, String test) {
        String minimum = switch (test) {
            case "ihc" -> LIMITED;
            case "ish" -> ENHANCED;
            case "ngs" -> MAXIMAL;
            default -> null;
        };
        return expectedAt(tier, minimum);
    }

    public static boolean isTier(String value) {
        return Tier.of(value) != null;
    }
}
