package org.bcbm.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;
import org.bcbm.common.contract.evidence.EvidenceViews.McbsGrade;
import org.bcbm.common.evidence.McbsGradability;

/** One reported result of a trial: endpoint, per-arm medians, hazard ratio with its 95 % CI, and its source. */
@Entity
@Table(name = "outcome")
public class Outcome extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trial_id")
    public Trial trial;

    @Column(nullable = false)
    public String endpoint;

    /** which analysis of the trial this is, e.g. "final OS analysis" */
    @Column(nullable = false)
    public String analysis;

    /** null when the median was not reached */
    @Column(name = "experimental_median_months")
    public BigDecimal experimentalMedianMonths;

    @Column(name = "control_median_months")
    public BigDecimal controlMedianMonths;

    @Column(name = "hazard_ratio")
    public BigDecimal hazardRatio;

    @Column(name = "ci_lower")
    public BigDecimal ciLower;

    @Column(name = "ci_upper")
    public BigDecimal ciUpper;

    @Column(name = "p_value")
    public String pValue;

    /** ESMO-MCBS v1.1 form the outcome is graded on (2a, 2b) when it can be graded */
    @Column(name = "mcbs_form")
    public String mcbsForm;

    /** ESMO's published grade for this result, when ESMO published one */
    @Column(name = "mcbs_grade_published")
    public String mcbsGradePublished;

    /** what ESMO-MCBS adjusts for; null = not reported */
    @Column(name = "qol_improved")
    public Boolean qolImproved;

    @Column(name = "toxicity_reduced")
    public Boolean toxicityReduced;

    @Column(name = "toxicity_increased")
    public Boolean toxicityIncreased;

    /** a DOI (the database checks its form), or null when the source has none and {@code citation} names it */
    public String doi;

    /** the source without a DOI (a congress abstract, a journal reference whose DOI was not found) */
    public String citation;

    /** what {@code hazardRatio} and its CI hold: {@code hazard_ratio} or {@code rate_ratio} */
    @Column(name = "effect_measure", nullable = false)
    public String effectMeasure = McbsGradability.HAZARD_RATIO;

    /** {@code primary_publication}, or {@code secondary} when a figure rests on a report about the publication */
    @Column(name = "source_kind", nullable = false)
    public String sourceKind = PRIMARY_PUBLICATION;

    /** the secondary source, named; required when {@code sourceKind} is {@code secondary} */
    @Column(name = "source_note")
    public String sourceNote;

    /** what the source says beyond the numbers, and any discrepancy with the source review (cited by its title) */
    public String note;

    public static final String PRIMARY_PUBLICATION = "primary_publication";
    public static final String SECONDARY = "secondary";

    /**
     * ESMO's published grade where there is one, else the computed one; null when neither exists, and always null
     * for a result the scale does not grade.
     */
    public String gradeToShow() {
        if (notGradableReason().isPresent()) {
            return null;
        }
        return mcbsGradePublished != null ? mcbsGradePublished
                : computedGrade().map(r -> String.valueOf(r.finalGrade())).orElse(null);
    }

    /**
     * Why ESMO-MCBS does not grade this result, for a result the platform would grade (it has a form or a published
     * grade): not a hazard ratio, no benefit (HR of 1 or more), or not statistically significant. Empty otherwise.
     */
    public Optional<String> notGradableReason() {
        if (mcbsForm == null && mcbsGradePublished == null) {
            return Optional.empty();
        }
        Optional<String> measure = McbsGradability.whyNotGradableAs(effectMeasure);
        if (measure.isPresent()) {
            return measure;
        }
        if (hazardRatio != null && hazardRatio.compareTo(BigDecimal.ONE) >= 0) {
            return Optional.of("no benefit to grade (hazard ratio " + hazardRatio.stripTrailingZeros().toPlainString()
                    + " is not below 1); ESMO-MCBS v1.1 grades benefit only");
        }
        return McbsGradability.whyNotGradable(pValue, ciUpper);
    }

    /** false when the scale does not grade this result, true when a grade is shown, null when neither is known. */
    public Boolean gradable() {
        if (notGradableReason().isPresent()) {
            return false;
        }
        return gradeToShow() != null ? Boolean.TRUE : null;
    }

    /** This result graded on ESMO-MCBS v1.1, when its form applies, the data are on file and the scale grades it. */
    public Optional<McbsGrade> computedGrade() {
        if (mcbsForm == null || hazardRatio == null || ciLower == null || ciUpper == null || controlMedianMonths == null
                || notGradableReason().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(McbsGrader.grade(McbsGrader.Input.builder().form(mcbsForm)
                .controlMedianMonths(controlMedianMonths).experimentalMedianMonths(experimentalMedianMonths)
                .hazardRatio(hazardRatio).ciLower(ciLower).ciUpper(ciUpper)
                .qualityOfLifeImproved(Boolean.TRUE.equals(qolImproved))
                .toxicityReduced(Boolean.TRUE.equals(toxicityReduced))
                .toxicityIncreased(Boolean.TRUE.equals(toxicityIncreased)).pValue(pValue).build()));
    }
}
