package org.bcbm.gateway.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.problem.Problem;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.fhir.mcode.FhirInputException;
import org.bcbm.fhir.mcode.MappedProfile;
import org.bcbm.fhir.mcode.McodeMapper;
import org.bcbm.fhir.mcode.Unmapped;

/**
 * FHIR in for the gateway: a FHIR R4 mCODE Bundle to a validated profile, and the mapping's findings merged into the
 * answer (missingData added, unmapped items as notes). Every failure is a 400 problem naming the field; nothing
 * here logs the body or anything read from it, since a Bundle carries the patient's identifiers.
 */
@ApplicationScoped
// the FHIR context takes a second or two to build: at startup, not on the first partner's request
@Startup
public class FhirProfiles {

    /** The request media type. */
    public static final String MEDIA_TYPE = "application/fhir+json";
    /** The contract fields without which there is no profile. */
    static final List<String> REQUIRED = List.of("sex", "tumour.er", "tumour.her2", "metastases.sites");
    static final String NOTE_PREFIX = "FHIR input: ";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final McodeMapper mapper = new McodeMapper();
    private final Validator validator;

    public FhirProfiles(Validator validator) {
        this.validator = validator;
    }

    /** The body mapped; a 400 problem when it is not a Bundle, lacks a required field or gives an invalid profile. */
    public MappedProfile map(String body, String country) {
        String iso = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
        MappedProfile mapped;
        try {
            mapped = mapper.map(mapper.parseBundle(body), iso);
        } catch (FhirInputException e) {
            throw ProblemException.badField(e.field(), e.getMessage());
        }
        if (mapped.profile() == null) {
            List<Problem.Violation> violations = new ArrayList<>();
            for (String field : REQUIRED) {
                if (mapped.missingData().contains(field)) {
                    violations.add(new Problem.Violation(field, reason(mapped, field)));
                }
            }
            String detail = "the Bundle does not give what every profile needs: " + violations.stream()
                    .map(v -> v.field() + " (" + v.message() + ")").collect(Collectors.joining("; "));
            throw new ProblemException(400, "Bad Request", detail, violations, null);
        }
        Set<ConstraintViolation<PatientProfile>> invalid = validator.validate(mapped.profile());
        if (!invalid.isEmpty()) {
            List<Problem.Violation> violations = invalid.stream()
                    .map(v -> new Problem.Violation(field(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.Violation::field))
                    .toList();
            String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
            throw new ProblemException(400, "Bad Request", detail, violations, null);
        }
        return mapped;
    }

    private static String field(ConstraintViolation<PatientProfile> violation) {
        String path = violation.getPropertyPath().toString();
        // the country comes from the query parameter, not from the Bundle
        return path.equals("resourceSetting.country") ? "country" : path;
    }

    /** Why a required field is absent: the first unmapped reason for it, else that the Bundle has nothing for it. */
    private static String reason(MappedProfile mapped, String field) {
        return mapped.unmapped().stream().filter(u -> u.field().equals(field)).map(Unmapped::reason).findFirst()
                .orElse("nothing in the Bundle gives it");
    }

    /** The answer with the mapping's missingData added (no duplicates) and each unmapped item as one note. */
    public byte[] merge(byte[] answer, MappedProfile mapped) {
        try {
            JsonNode tree = JSON.readTree(answer);
            if (!(tree instanceof ObjectNode)) {
                return answer;
            }
            ObjectNode root = (ObjectNode) tree;
            Set<String> missing = new LinkedHashSet<>();
            JsonNode known = root.get("missingData");
            if (known != null && known.isArray()) {
                known.forEach(item -> missing.add(item.asText()));
            }
            missing.addAll(mapped.missingData());
            ArrayNode missingData = root.putArray("missingData");
            missing.forEach(missingData::add);
            JsonNode existing = root.get("notes");
            ArrayNode notes = existing instanceof ArrayNode ? (ArrayNode) existing : root.putArray("notes");
            for (Unmapped item : mapped.unmapped()) {
                notes.add(NOTE_PREFIX + item.resource() + " (" + item.field() + "): " + item.reason());
            }
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
