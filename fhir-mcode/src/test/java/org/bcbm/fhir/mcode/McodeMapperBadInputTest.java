package org.bcbm.fhir.mcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

/** Missing, unknown and malformed input: missingData and unmapped entries, or a FhirInputException naming the field. */
class McodeMapperBadInputTest {

    private final McodeMapper mapper = new McodeMapper(Bundles.CLOCK);

    private MappedProfile map(String name) {
        return mapper.map(mapper.parseBundle(Bundles.json(name)), null);
    }

    private static boolean has(List<Unmapped> unmapped, String resource, String field, String reasonPart) {
        return unmapped.stream().anyMatch(u -> u.resource().equals(resource) && u.field().equals(field)
                && u.reason().contains(reasonPart));
    }

    @Test
    void bundleWithoutAHer2ObservationHasNoProfileAndNamesTumourHer2() {
        MappedProfile mapped = map("no-her2-observation");
        assertNull(mapped.profile(), "HER2 is required and never guessed");
        assertTrue(mapped.missingData().contains("tumour.her2"), mapped.missingData().toString());
        assertTrue(!mapped.missingData().contains("tumour.er") && !mapped.missingData().contains("sex")
                && !mapped.missingData().contains("metastases.sites"), mapped.missingData().toString());
    }

    @Test
    void unknownValueCodeAndUnknownMedicationAreUnmappedWithTheirReason() {
        MappedProfile mapped = map("unknown-code");
        assertNull(mapped.profile());
        assertTrue(mapped.missingData().contains("tumour.er"), mapped.missingData().toString());
        assertTrue(has(mapped.unmapped(), "Observation/er-unknown-code", "tumour.er", "neither a known positive nor negative"),
                mapped.unmapped().toString());
        assertTrue(has(mapped.unmapped(), "MedicationRequest/unknown-drug-unknown-code", "priorTherapies",
                "not an agent the platform knows"), mapped.unmapped().toString());
    }

    @Test
    void aStringWhereACodeableConceptBelongsIsUnmappedNamingTheElement() {
        MappedProfile mapped = map("string-for-codeableconcept");
        assertNull(mapped.profile());
        assertTrue(mapped.missingData().containsAll(List.of("tumour.er", "tumour.her2")), mapped.missingData().toString());
        assertTrue(has(mapped.unmapped(), "entry[3].resource (Observation)", "valueCodeableConcept", "expected a JSON object"),
                mapped.unmapped().toString());
        assertTrue(has(mapped.unmapped(), "entry[4].resource (Observation)", "code", "expected a JSON object"),
                mapped.unmapped().toString());
        assertTrue(has(mapped.unmapped(), "Observation/er-wrong-type", "tumour.er", "no value"), mapped.unmapped().toString());
    }

    @Test
    void aResourceThatIsNotABundleIsAFhirInputExceptionNamingResourceType() {
        FhirInputException e = assertThrows(FhirInputException.class, () -> mapper.parseBundle(Bundles.json("not-a-bundle")));
        assertEquals("resourceType", e.field());
        assertTrue(e.getMessage().contains("\"Patient\""), e.getMessage());
    }

    @Test
    void aBodyThatIsNotJsonIsAFhirInputExceptionNamingTheBody() {
        FhirInputException e = assertThrows(FhirInputException.class, () -> mapper.parseBundle("{\"resourceType\": \"Bundle\","));
        assertEquals("body", e.field());
        assertThrows(FhirInputException.class, () -> mapper.parseBundle(""));
        assertEquals("resourceType", assertThrows(FhirInputException.class,
                () -> mapper.parseBundle("{\"entry\": []}")).field());
        assertEquals("entry", assertThrows(FhirInputException.class,
                () -> mapper.parseBundle("{\"resourceType\": \"Bundle\", \"entry\": {}}")).field());
    }

    @Test
    void anEntryOfAnUnknownResourceTypeFailsOnlyItself() {
        Bundle bundle = mapper.parseBundle("{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": ["
                + "{\"resource\": {\"resourceType\": \"NotAResource\"}}, {\"resource\": {\"resourceType\": \"Patient\", "
                + "\"id\": \"p\", \"gender\": \"female\"}}]}");
        MappedProfile mapped = mapper.map(bundle, null);
        assertEquals(1, bundle.getEntry().size());
        assertTrue(has(mapped.unmapped(), "entry[0].resource (NotAResource)", "(none)", "not an R4 resource"),
                mapped.unmapped().toString());
        assertTrue(mapped.missingData().containsAll(List.of("tumour.er", "tumour.her2", "metastases.sites")));
        assertTrue(!mapped.missingData().contains("sex"));
    }

    @Test
    void anEmptyResourceListStillAnswersWithEveryRequiredFieldMissing() {
        MappedProfile mapped = mapper.map(List.of(), null);
        assertNull(mapped.profile());
        assertTrue(mapped.missingData().containsAll(List.of("sex", "tumour.er", "tumour.her2", "metastases.sites")));
    }
}
