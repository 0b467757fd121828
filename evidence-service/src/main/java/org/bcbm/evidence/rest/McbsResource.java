package org.bcbm.evidence.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import org.bcbm.common.security.Roles;
import org.bcbm.evidence.McbsGrader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** POST /api/v1/mcbs/grade: one trial result graded on ESMO-MCBS v1.1 (forms 2a and 2b). */
@Path("/api/v1/mcbs/grade")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clinical benefit")
@RolesAllowed(Roles.PARTNER)
public class McbsResource {

    /**
     * The contract's request: medians in months, experimental median null when not reached; {@code pValue} optional
     * (a number or the reported text, e.g. "<0.001"), and when absent the 95 % CI decides significance;
     * {@code effectMeasure} optional ({@code hazard_ratio} when absent): a {@code rate_ratio} is not graded.
     */
    public record GradeRequest(String form, BigDecimal controlMedianMonths, BigDecimal experimentalMedianMonths,
            BigDecimal hazardRatio, BigDecimal ciLower, BigDecimal ciUpper, Boolean qualityOfLifeImproved,
            Boolean toxicityReduced, Boolean toxicityIncreased, Boolean overallSurvivalBenefit, String pValue,
            String effectMeasure) {
    }

    @POST
    @Operation(summary = "Grade a result on ESMO-MCBS v1.1 (non-curative): form 2a (OS primary) or 2b (PFS primary)",
            description = "Only a statistically significant result is graded: one with p >= 0.05 (or, without a p value, "
                    + "a 95 % CI of the HR reaching 1) is a 400 naming pValue or ciUpper, with the reason; so is a "
                    + "rate ratio (effectMeasure rate_ratio), which the forms do not grade as a hazard ratio.")
    public McbsGrader.Result grade(@NotNull GradeRequest r) {
        McbsGrader.requireHazardRatio(r.effectMeasure());
        return McbsGrader.grade(new McbsGrader.Input(r.form(), r.controlMedianMonths(), r.experimentalMedianMonths(),
                r.hazardRatio(), r.ciLower(), r.ciUpper(), Boolean.TRUE.equals(r.qualityOfLifeImproved()),
                Boolean.TRUE.equals(r.toxicityReduced()), Boolean.TRUE.equals(r.toxicityIncreased()),
                r.overallSurvivalBenefit(), r.pValue()));
    }
}
