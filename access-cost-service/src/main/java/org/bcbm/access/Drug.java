package org.bcbm.access;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Optional;
import org.bcbm.common.regimen.AgentSchedule;
import org.bcbm.common.regimen.AgentSchedules;

/** A drug (WHO INN), its WHO Essential Medicines status and tier rule; its schedule comes from {@link AgentSchedules}. */
@Entity
@Table(name = "drug")
public class Drug extends PanacheEntityBase {

    @Id
    public String inn;

    @Column(name = "atc_code")
    public String atcCode;

    /** core, complementary, not_listed; null = not yet curated */
    /** marketed formulations and strengths, as the WHO EML or the label states them */
    @Column(name = "formulations")
    public String formulations;

    @Column(name = "formulations_source")
    public String formulationsSource;

    @Column(name = "who_eml")
    public String whoEml;

    @Column(name = "who_eml_year")
    public Integer whoEmlYear;

    @Column(name = "who_eml_source")
    public String whoEmlSource;

    /** what the list lists it for (on the list is not the same as listed for breast cancer) */
    @Column(name = "who_eml_indication")
    public String whoEmlIndication;

    /** whether generics or biosimilars exist anywhere; null = unknown */
    @Column(name = "generic_exists")
    public Boolean genericExists;

    @Column(name = "generic_source")
    public String genericSource;

    /** the lowest resource tier at which the project expects the drug deliverable without explicit data */
    @Column(name = "minimum_tier")
    public String minimumTier;

    /** the test that selects patients for it, if any */
    @Column(name = "requires_test")
    public String requiresTest;

    @Version
    public long version;

    /** Its standard schedule, defined once in platform-common; empty for an investigational agent. */
    public Optional<AgentSchedule> schedule() {
        return AgentSchedules.of(inn);
    }
}
