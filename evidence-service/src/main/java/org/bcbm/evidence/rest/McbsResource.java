package org.bcbm.evidence.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.bcbm.common.contract.evidence.EvidenceViews.GradeRequest;
import org.bcbm.common.contract.evidence.EvidenceViews.McbsGrade;
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

    @POST
    @Operation(summary = "Grade a result on ESMO-MCBS v1.1 (non-curative): form 2a (OS primary) or 2b (PFS primary)",
            description = "Only a statistically significant result is graded: one with p >= 0.05 (or, without a p value, "
                    + "a 95 % CI of the HR reaching 1) is a 400 naming pValue or ciUpper, with the reason; so is a "
                    + "rate ratio (effectMeasure rate_ratio), which the forms do not grade as a hazard ratio.")
    public McbsGrade grade(@NotNull GradeRequest r) {
        McbsGrader.requireHazardRatio(r.effectMeasure());
        return McbsGrader.grade(McbsGrader.Input.builder().form(r.form())
                .controlMedianMonths(r.controlMedianMonths()).experimentalMedianMonths(r.experimentalMedianMonths())
                .hazardRatio(r.hazardRatio()).ciLower(r.ciLower())
                .ciUpper(r.ciUpper()).qualityOfLifeImproved(Boolean.TRUE.equals(r.qualityOfLifeImproved()))
                .toxicityReduced(Boolean.TRUE.equals(r.toxicityReduced()))
                .toxicityIncreased(Boolean.TRUE.equals(r.toxicityIncreased()))
                .overallSurvivalBenefit(r.overallSurvivalBenefit()).pValue(r.pValue()).build());
    }
}
