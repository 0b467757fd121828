package org.bcbm.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bcbm.evidence.repository.TrialRepository;
import org.bcbm.evidence.service.FhirEvidenceExport;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.Evidence;
import org.junit.jupiter.api.Test;

/**
 * Every outcome of every trial in the migrated evidence base exports as FHIR R5 that HAPI's instance validator,
 * offline against the base R5 specification and its terminology, finds no error in; the JSON is validated as it is
 * served (encoded, then read back).
 */
@QuarkusTest
class EveryExportedEvidenceResourceIsValidR5Test {

    @Inject
    TrialRepository trials;

    @Inject
    FhirEvidenceExport export;

    @Test
    void everyOutcomeOfEveryTrialExportsWithoutValidationErrors() {
        List<String> bundles = QuarkusTransaction.requiringNew().call(() -> {
            List<String> all = new ArrayList<>();
            for (Trial trial : trials.listAll()) {
                for (Outcome outcome : trial.outcomes) {
                    all.add(export.json(trial.trialId, outcome.id));
                }
            }
            return all;
        });
        assertTrue(bundles.size() > 50, "the seeded evidence base has more outcomes than " + bundles.size());

        FhirContext fhir = FhirContext.forR5Cached();
        FhirValidator validator = validator(fhir);
        List<String> errors = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        Map<String, Integer> resources = new TreeMap<>();
        for (String json : bundles) {
            Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, json);
            bundle.getEntry().forEach(e -> resources.merge(e.getResource().fhirType(), 1, Integer::sum));
            ValidationResult result = validator.validateWithResult(json);
            for (SingleValidationMessage m : result.getMessages()) {
                String where = bundle.getEntry().stream().filter(e -> e.getResource() instanceof Evidence)
                        .findFirst().map(e -> e.getResource().getIdPart()).orElse("?");
                if (m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                    errors.add(where + " " + m.getLocationString() + ": " + m.getMessage());
                } else if (m.getSeverity() == ResultSeverityEnum.WARNING) {
                    warnings.merge(m.getMessage(), 1, Integer::sum);
                }
            }
        }
        System.out.printf("FHIR R5 export: %d bundles, resources %s, %d errors, %d warnings%n", bundles.size(),
                resources, errors.size(), warnings.values().stream().mapToInt(Integer::intValue).sum());
        warnings.forEach((message, count) -> System.out.printf("  warning x%d: %s%n", count, message));
        assertEquals(List.of(), errors);
    }

    /**
     * The validator is not lenient: a statistic-type code the code system does not define ("HR") and an Evidence
     * without its status are errors, so the zero above means something.
     */
    @Test
    void theSameValidatorRejectsAnUndefinedStatisticTypeAndAMissingStatus() {
        FhirContext fhir = FhirContext.forR5Cached();
        String bad = """
                {"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"https://bcbm-navigator.org/fhir/Evidence/x",
                 "resource":{"resourceType":"Evidence","id":"x","text":{"status":"generated",
                  "div":"<div xmlns=\\"http://www.w3.org/1999/xhtml\\">x</div>"},
                  "variableDefinition":[{"variableRole":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/variable-role","code":"population"}]}}],
                  "statistic":[{"statisticType":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/statistic-type","code":"HR"}]},
                   "quantity":{"value":0.62}}]}}]}
                """;
        List<String> errors = validator(fhir).validateWithResult(bad).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::getMessage).toList();
        assertTrue(errors.stream().anyMatch(m -> m.contains("HR")), errors.toString());
        assertTrue(errors.stream().anyMatch(m -> m.contains("status")), errors.toString());
    }

    /** The base R5 specification and its terminology, from the validation-resources package: nothing is fetched. */
    static FhirValidator validator(FhirContext fhir) {
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(fhir),
                new InMemoryTerminologyServerValidationSupport(fhir), new CommonCodeSystemsTerminologyService(fhir));
        return fhir.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }
}
