package org.bcbm.fhir.mcode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Resource;

/** What one mapping could not fill (contract field paths) and what it could not map (with why). */
final class Findings {

    private final Set<String> missing = new LinkedHashSet<>();
    private final List<Unmapped> unmapped = new ArrayList<>();

    void missing(String field) {
        missing.add(field);
    }

    void unmapped(Resource resource, String field, String reason) {
        unmapped.add(new Unmapped(reference(resource), field, reason));
    }

    void unmapped(String resource, String field, String reason) {
        unmapped.add(new Unmapped(resource, field, reason));
    }

    List<String> missingData() {
        return List.copyOf(missing);
    }

    List<Unmapped> unmappedItems() {
        return List.copyOf(unmapped);
    }

    /** "Observation/her2-ihc", or the type alone when the resource has no id. */
    static String reference(Resource resource) {
        if (resource == null) {
            return "(none)";
        }
        String type = resource.fhirType();
        String id = resource.getIdElement() == null ? null : resource.getIdElement().getIdPart();
        return id == null || id.isBlank() ? type : type + "/" + id;
    }
}
