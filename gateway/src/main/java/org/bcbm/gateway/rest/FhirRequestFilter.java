package org.bcbm.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.bcbm.gateway.fhir.FhirProfiles;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Documents the FHIR request of POST /api/v1/recommendations on its one "recommend" operation: the
 * application/fhir+json request body (a FHIR R4 mCODE Bundle), and in the description the country query parameter.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class FhirRequestFilter implements OASFilter {

    static final String PATH = "/api/v1/recommendations";

    static final String DESCRIPTION = "A FHIR R4 Bundle of mCODE STU4 resources (CancerPatient, Primary and "
            + "SecondaryCancerCondition, TumorMarkerTest, ECOGPerformanceStatus, GenomicVariant, cancer-related "
            + "MedicationStatement/MedicationRequest). It is mapped to the profile; the answer's missingData also names "
            + "what the Bundle could not give, and its notes list each resource or element that could not be mapped "
            + "(prefixed \"FHIR input: \"). A body that is not a Bundle, or a Bundle without sex, ER, HER2 or a "
            + "metastatic site, is a 400 problem naming the field. The codes accepted are listed in "
            + "docs/research/mcode-codes.md.";

    static final String COUNTRY = "With an application/fhir+json body (a FHIR R4 mCODE Bundle), the optional query "
            + "parameter country (ISO 3166-1 alpha-2) is the country whose cost and availability the answer gives, as "
            + "resourceSetting.country is in a JSON profile; a Patient's address is not read.";

    static final String EXAMPLE = """
            {"resourceType":"Bundle","type":"collection","entry":[
             {"resource":{"resourceType":"Patient","id":"p","gender":"female","birthDate":"1958-04-02"}},
             {"resource":{"resourceType":"Condition","id":"bone","subject":{"reference":"Patient/p"},
               "code":{"coding":[{"system":"http://snomed.info/sct","code":"94222008"}]},"onsetDateTime":"2026-09-01"}},
             {"resource":{"resourceType":"Observation","id":"er","status":"final","subject":{"reference":"Patient/p"},
               "code":{"coding":[{"system":"http://loinc.org","code":"85337-4"}]},
               "valueCodeableConcept":{"coding":[{"system":"http://loinc.org","code":"LA6576-8"}]}}},
             {"resource":{"resourceType":"Observation","id":"her2","status":"final","subject":{"reference":"Patient/p"},
               "code":{"coding":[{"system":"http://loinc.org","code":"48676-1"}]},
               "valueCodeableConcept":{"coding":[{"system":"http://loinc.org","code":"LA6577-6"}]}}}]}""";

    /** The example as a JSON object (as text it would be a string, which the media type's schema rejects). */
    private static Object example() {
        try {
            return new ObjectMapper().readValue(EXAMPLE, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the FHIR example is not JSON", e);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        PathItem item = openAPI.getPaths().getPathItem(PATH);
        if (item == null || item.getPOST() == null || item.getPOST().getRequestBody() == null
                || item.getPOST().getRequestBody().getContent() == null) {
            throw new IllegalStateException("the OpenAPI document lacks POST " + PATH + " with a request body");
        }
        Operation operation = item.getPOST();
        operation.getRequestBody().getContent().addMediaType(FhirProfiles.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).description(DESCRIPTION)
                        .addProperty("resourceType", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                .addEnumeration("Bundle"))
                        .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                                .description("the Bundle type, e.g. collection; any type is read"))
                        .addProperty("entry", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                                .description("each entry's resource is read on its own")
                                .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)))
                        .additionalPropertiesBoolean(true))
                .addExample("mCODE bundle, HR+/HER2- with bone metastases",
                        OASFactory.createExample().value(example())));
        // the country is described, not declared as a parameter: a declared one would change the signature of
        // every client generated from this document (e2e-client's recommend(profile, requestId) among them)
        operation.setDescription(operation.getDescription() + " " + COUNTRY);
    }
}
