package org.bcbm.gateway.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Locale;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.gateway.repository.CohortRepository.Job;
import org.bcbm.gateway.service.CohortProgress;
import org.bcbm.gateway.service.CohortService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Cohort jobs of any size: upload, progress, and the answers as NDJSON in input order. */
@Path(BodyLimitFilter.COHORTS)
@Tag(name = "Cohorts")
public class CohortResource {

    public static final String NDJSON = "application/x-ndjson";
    public static final String COMPLETE = "X-Cohort-Complete";

    private final CohortService cohorts;
    private final CurrentCaller caller;

    public CohortResource(CohortService cohorts, CurrentCaller caller) {
        this.cohorts = cohorts;
        this.caller = caller;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, NDJSON})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitCohortJob",
            summary = "A cohort of any size (national programmes), answered in the background by every replica",
            description = "Body: {\"profiles\": [ ... ]} or NDJSON, one profile per line. Accepted once every profile "
                    + "is queued; each is then validated and answered like a batch item (a bad profile gets a problem "
                    + "naming profiles[i].field and never fails the job). Follow Location for progress.")
    @APIResponse(responseCode = "202", description = "{jobId, total, status}; Location: /api/v1/cohorts/{jobId}")
    @APIResponse(responseCode = "400", description = "a problem naming profiles: not an array, empty or not JSON")
    @APIResponse(responseCode = "503", description = "the queue did not take every profile; send the cohort again")
    public Response submit(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream body) {
        boolean ndjson = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(NDJSON);
        CohortService.Accepted accepted = cohorts.submit(caller.name(), body, ndjson);
        return Response.accepted(accepted).type(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.LOCATION, BodyLimitFilter.COHORTS + "/" + accepted.jobId()).build();
    }

    @GET
    @Path("/{jobId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getCohortJob", summary = "Progress of one of the partner's cohort jobs",
            description = "done and rejected so far, running or complete, seconds left at the rate so far (null until "
                    + "the first answer) and how many answers each recommendation-service instance gave.")
    @APIResponse(responseCode = "200", description = "the job's progress",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortProgress.class)))
    @APIResponse(responseCode = "404", description = "no such job for this partner")
    public CohortProgress progress(@PathParam("jobId") String jobId) {
        return cohorts.progress(caller.name(), jobId);
    }

    @GET
    @Path("/{jobId}/answers")
    @Produces({NDJSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "getCohortAnswers", summary = "A cohort's answers as NDJSON, one line per profile in input order",
            description = "Each line is {\"index\": i, \"recommendation\": ...} or {\"index\": i, \"problem\": ...}. "
                    + "While the job runs, the lines answered so far without a gap, and X-Cohort-Complete: false; "
                    + "resume with ?from=<next index>.")
    @APIResponse(responseCode = "200", description = "one JSON object a line, in input order",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "no such job for this partner")
    public Response answers(@PathParam("jobId") String jobId,
            @Parameter(description = "first index to send (resume)") @QueryParam("from") String from) {
        int start = from(from);
        Job job = cohorts.job(caller.name(), jobId);
        CohortProgress progress = cohorts.progress(caller.name(), jobId);
        StreamingOutput lines = out -> cohorts.writeAnswers(job.jobId(), start, out);
        return Response.ok(lines, NDJSON)
                .header(COMPLETE, String.valueOf(CohortProgress.COMPLETE.equals(progress.status())))
                .header("X-Cohort-Done", progress.done())
                .header("X-Cohort-Total", progress.total()).build();
    }

    private static int from(String from) {
        if (from == null || from.isBlank()) {
            return 0;
        }
        try {
            int value = Integer.parseInt(from.trim());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badField("from", "must be an index of 0 or more");
    }
}
