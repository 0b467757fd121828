package org.bcbm.access.event;

import org.bcbm.access.Country;
import org.bcbm.access.Drug;
import org.bcbm.common.event.v1.CountryChanged;
import org.bcbm.common.event.v1.DrugChanged;
import org.bcbm.common.regimen.AgentSchedule;

/** Maps access entities to the v1 country and drug payloads; listings come from {@code Formulary.eventEntry}. */
public final class AccessPayloads {

    private AccessPayloads() {
    }

    public static CountryChanged country(Country c) {
        return new CountryChanged(c.code, c.name, c.incomeGroup, c.incomeGroupYear, c.tier(), c.tierSource(),
                c.radiotherapyAvailable, c.radiotherapySource, c.ngsAvailable, c.gniPerCapitaUsd, c.gniPerCapitaYear, c.gniPerCapitaSource);
    }

    public static DrugChanged drug(Drug d) {
        return new DrugChanged(d.inn, d.atcCode, d.formulations, d.whoEml, d.whoEmlYear, d.whoEmlIndication,
                d.genericExists, d.genericSource, d.schedule().map(AgentSchedule::described).orElse(null), d.minimumTier,
                d.requiresTest);
    }
}
