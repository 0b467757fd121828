package org.bcbm.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the review's Table 1: a modality across survival, SREs, QoL, side effects, cost and access. */
@Entity
@Table(name = "comparative_profile")
public class ComparativeProfile extends PanacheEntityBase {

    @Id
    @Column(name = "profile_id")
    public String profileId;

    public String label;
    public String modality;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public List<String> agents;

    @Column(name = "survival_benefit")
    public String survivalBenefit;
    @Column(name = "survival_wording")
    public String survivalWording;
    @Column(name = "sre_reduction")
    public String sreReduction;
    @Column(name = "sre_wording")
    public String sreWording;
    @Column(name = "qol_impact")
    public String qolImpact;
    @Column(name = "qol_wording")
    public String qolWording;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "side_effects", columnDefinition = "jsonb")
    public List<String> sideEffects;

    @Column(name = "side_effects_wording")
    public String sideEffectsWording;
    @Column(name = "cost_level")
    public String costLevel;
    @Column(name = "cost_wording")
    public String costWording;
    public String accessibility;
    @Column(name = "accessibility_wording")
    public String accessibilityWording;
    public String source;
    public String note;
}
