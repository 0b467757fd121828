package org.bcbm.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A trial (or a systematic review treated as one) and its published outcomes: the aggregate of evidence events. */
@Entity
@Table(name = "trial")
public class Trial extends PanacheEntityBase {

    /** The short upper-case acronym that recommendation options cite, e.g. CLEOPATRA, STOPECK-2010. */
    @Id
    @Column(name = "trial_id")
    public String trialId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String phase;

    @Column(nullable = false)
    public String design;

    @Column(nullable = false)
    public String population;

    /** HR+/HER2-, HR+/HER2+, HR-/HER2+, TNBC or "any" */
    @Column(nullable = false)
    public String subtype;

    /** first, second, later, any */
    @Column(name = "line_of_therapy", nullable = false)
    public String line;

    @Column(nullable = false)
    public String setting;

    public Integer n;

    @Column(name = "primary_endpoint", nullable = false)
    public String primaryEndpoint;

    /** the main publication's DOI (the database checks its form); null when none is known */
    public String doi;

    /** the publications, as a reference list; always present */
    @Column(nullable = false)
    public String citation;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Arm> arms = new ArrayList<>();

    @OneToMany(mappedBy = "trial", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<Outcome> outcomes = new ArrayList<>();

    @Version
    public long version;

    public List<String> agents() {
        return arms.stream().flatMap(a -> a.agents().stream()).distinct().sorted().toList();
    }
}
