package org.bcbm.access;

/**
 * The Breast Health Global Initiative's four resource levels. Without a curator's override a country's level is
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

    public static boolean isTier(String value) {
        return BASIC.equals(value) || LIMITED.equals(value) || ENHANCED.equals(value) || MAXIMAL.equals(value);
    }
}
