package org.bcbm.common.event.v1;

/** access.events, aggregate {@code drug}: the catalogue facts of one medicine and its tier rule. */
public record DrugChanged(String inn, String atcCode, String formulations, String whoEml, Integer whoEmlYear,
        String whoEmlIndication, Boolean genericExists, String genericSource, String schedule, String minimumTier,
        String requiresTest) {

    public static final String TYPE = "DrugChanged";
    public static final String AGGREGATE = "drug";
}
