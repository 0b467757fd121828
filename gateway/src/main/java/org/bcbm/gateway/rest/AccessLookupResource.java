package org.bcbm.gateway.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.bcbm.common.contract.access.AccessViews.FormularyEntry;
import org.bcbm.common.contract.access.AccessViews.RegimenCosts;
import org.bcbm.common.contract.access.RegimenCostRequest;
import org.bcbm.gateway.client.AccessClient;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Access lookups across countries and regimens: one drug everywhere, many regimens in one country. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access and cost")
public class AccessLookupResource {

    private final AccessClient access;

    public AccessLookupResource(AccessClient access) {
        this.access = access;
    }

    @GET
    @Path("/drugs/{inn}/availability")
    @Operation(operationId = "getDrugAvailability", summary = "One drug in every country with something on file: registration, reimbursement, price, "
            + "annual cost and affordability, each with its source and date")
    public Map<String, FormularyEntry> drugAvailability(@PathParam("inn") String inn) {
        return access.drugAvailability(inn);
    }

    @POST
    @Path("/costs/regimens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "calculateRegimenCosts", summary = "Annual cost, availability and affordability of many regimens in one country, in one call")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "bone-modifying agents in the US", value = """
            {"country":"US","regimens":[{"id":"zoledronic","agents":["zoledronic acid"]},
             {"id":"denosumab","agents":["denosumab"]},{"id":"rt","agents":[],"radiotherapy":true}]}""")))
    public RegimenCosts regimenCosts(RegimenCostRequest request) {
        return access.regimenCosts(request);
    }
}
