package org.bcbm.common.event.v1;

import java.math.BigDecimal;

/**
 * access.events, aggregate {@code country}: the country's facts without its formulary (listings travel as their
 * own aggregates). Booleans are null where no source says.
 */
public record CountryChanged(String code, String name, String incomeGroup, Integer incomeGroupYear, String tier,
        String tierSource, Boolean radiotherapyAvailable, String radiotherapySource, Boolean ngsAvailable,
        BigDecimal gniPerCapitaUsd,
        Integer gniPerCapitaYear, String gniPerCapitaSource) {

    public static final String TYPE = "CountryChanged";
    public static final String AGGREGATE = "country";
}
