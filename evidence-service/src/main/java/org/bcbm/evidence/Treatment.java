package org.bcbm.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One agent or modality (WHO INN in lower case for drugs), with its class, mechanism and status. */
@Entity
@Table(name = "treatment")
public class Treatment extends PanacheEntityBase {

    @Id
    public String inn;

    @Column(name = "atc_code")
    public String atcCode;

    @Column(nullable = false)
    public String modality;

    @Column(name = "drug_class", nullable = false)
    public String drugClass;

    @Column(nullable = false)
    public String mechanism;

    /** standard or investigational */
    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String source;

    @Version
    public long version;
}
