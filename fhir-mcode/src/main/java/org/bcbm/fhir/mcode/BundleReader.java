package org.bcbm.fhir.mcode;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.parser.IParserErrorHandler.IParseLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads a JSON body as a FHIR R4 Bundle. What makes it not a Bundle at all is a {@link FhirInputException} naming the
 * element; a bad element inside one entry's resource (e.g. a string where a CodeableConcept belongs) is kept as an
 * {@link Unmapped} on the Bundle ({@link #ISSUES}) and that element is left out, so one bad entry fails only itself.
 * Nothing here logs a value: the body may carry patient identifiers.
 */
final class BundleReader {

    /** User-data key on the parsed Bundle: the {@code List<Unmapped>} of parse issues, read by {@link McodeMapper#map}. */
    static final String ISSUES = "org.bcbm.fhir.mcode.parseIssues";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ENTRIES = 5_000;

    private final FhirContext context;

    BundleReader(FhirContext context) {
        this.context = context;
    }

    Bundle read(String json) {
        if (json == null || json.isBlank()) {
            throw new FhirInputException("body", "the body is empty: expected a FHIR R4 Bundle");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw new FhirInputException("body", "the body is not JSON" + at);
        }
        if (root == null || !root.isObject()) {
            throw new FhirInputException("body", "the body is not a JSON object: expected a FHIR R4 Bundle");
        }
        JsonNode type = root.get("resourceType");
        if (type == null || !type.isTextual()) {
            throw new FhirInputException("resourceType", "resourceType is missing: expected \"Bundle\"");
        }
        if (!"Bundle".equals(type.asText())) {
            throw new FhirInputException("resourceType", "resourceType is \"" + clip(type.asText()) + "\": expected \"Bundle\"");
        }
        JsonNode entries = root.get("entry");
        if (entries != null && !entries.isArray()) {
            throw new FhirInputException("entry", "entry is not an array");
        }
        if (entries != null && entries.size() > MAX_ENTRIES) {
            throw new FhirInputException("entry", "more than " + MAX_ENTRIES + " entries");
        }

        Bundle bundle = new Bundle();
        List<Unmapped> issues = new ArrayList<>();
        JsonNode bundleType = root.get("type");
        if (bundleType != null && bundleType.isTextual()) {
            try {
                bundle.setType(Bundle.BundleType.fromCode(bundleType.asText()));
            } catch (Exception e) {
                throw new FhirInputException("type", "type \"" + clip(bundleType.asText()) + "\" is not a Bundle type");
            }
        }
        if (entries != null) {
            for (int i = 0; i < entries.size(); i++) {
                entry(entries.get(i), "entry[" + i + "]", bundle, issues);
            }
        }
        bundle.setUserData(ISSUES, List.copyOf(issues));
        return bundle;
    }

    private void entry(JsonNode entry, String path, Bundle bundle, List<Unmapped> issues) {
        if (entry == null || !entry.isObject()) {
            issues.add(new Unmapped(path, "(none)", "entry is not a JSON object"));
            return;
        }
        JsonNode resourceNode = entry.get("resource");
        if (resourceNode == null || !resourceNode.isObject()) {
            issues.add(new Unmapped(path, "(none)", "entry has no resource object"));
            return;
        }
        JsonNode type = resourceNode.get("resourceType");
        String name = path + ".resource" + (type != null && type.isTextual() ? " (" + clip(type.asText()) + ")" : "");
        Collector collector = new Collector(name);
        IParser parser = context.newJsonParser().setParserErrorHandler(collector);
        IBaseResource parsed;
        try {
            parsed = parser.parseResource(resourceNode.toString());
        } catch (DataFormatException e) {
            issues.add(new Unmapped(name, "(none)", type == null || !type.isTextual() ? "resource has no resourceType"
                    : "not an R4 resource this mapper can read"));
            return;
        }
        issues.addAll(collector.issues);
        if (!(parsed instanceof Resource)) {
            issues.add(new Unmapped(name, "(none)", "not an R4 resource"));
            return;
        }
        Bundle.BundleEntryComponent component = bundle.addEntry().setResource((Resource) parsed);
        JsonNode fullUrl = entry.get("fullUrl");
        if (fullUrl != null && fullUrl.isTextual()) {
            component.setFullUrl(fullUrl.asText());
        }
    }

    private static String clip(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    /** Keeps HAPI's complaints about one resource, naming the element and never its value. */
    private static final class Collector extends LenientErrorHandler {

        private final String resource;
        private final List<Unmapped> issues = new ArrayList<>();

        Collector(String resource) {
            super(false);
            this.resource = resource;
        }

        private String where(IParseLocation location, String element) {
            String parent = location == null ? null : location.getParentElementName();
            return parent == null ? element : parent + "." + element;
        }

        @Override
        public void incorrectJsonType(IParseLocation location, String elementName, ValueType expectedValueType,
                ScalarType expectedScalarType, ValueType foundValueType, ScalarType foundScalarType) {
            issues.add(new Unmapped(resource, where(location, elementName), "expected a JSON "
                    + describe(expectedValueType, expectedScalarType) + ", found a JSON "
                    + describe(foundValueType, foundScalarType) + ": element left out"));
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            issues.add(new Unmapped(resource, location == null || location.getParentElementName() == null ? "(value)"
                    : location.getParentElementName(), "invalid value: element left out"));
        }

        @Override
        public void unknownElement(IParseLocation location, String elementName) {
            issues.add(new Unmapped(resource, where(location, elementName), "not an element of this R4 resource: ignored"));
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
            issues.add(new Unmapped(resource, where(location, elementName), "repeats but may occur once: ignored"));
        }

        private static String describe(ValueType value, ScalarType scalar) {
            if (value == null) {
                return "value";
            }
            String kind = value.name().toLowerCase(Locale.ROOT);
            return scalar == null ? kind : kind + " (" + scalar.name().toLowerCase(Locale.ROOT) + ")";
        }
    }
}
