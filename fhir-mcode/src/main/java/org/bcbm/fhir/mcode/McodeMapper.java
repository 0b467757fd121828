package org.bcbm.fhir.mcode;

import ca.uhn.fhir.context.FhirContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Maps FHIR R4 mCODE STU4 resources to the platform's patient profile. */
public final class McodeMapper {

    private final FhirContext context;
    private final Clock clock;

    /** Uses {@link FhirContext#forR4Cached()} and the system clock (for the age from Patient.birthDate). */
    public McodeMapper() {
        this(Clock.systemUTC());
    }

    /** As {@link #McodeMapper()}, with the clock that ages and "months ago" are computed at. */
    public McodeMapper(Clock clock) {
        this.context = FhirContext.forR4Cached();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Parses a FHIR R4 JSON Bundle; throws FhirInputException naming what is wrong when it is not one. */
    public Bundle parseBundle(String json) {
        return new BundleReader(context).read(json);
    }

    /** Maps the resources (from a Bundle, or the CDS Hooks prefetch values) to a profile. country may be null. */
    public MappedProfile map(List<? extends Resource> resources, String country) {
        return new ProfileAssembler(clock).assemble(resources == null ? List.of() : resources, country);
    }

    /** As {@link #map(List, String)} for the Bundle's entries, with what {@link #parseBundle} could not read. */
    public MappedProfile map(Bundle bundle, String country) {
        List<Resource> resources = new ArrayList<>();
        List<Unmapped> parseIssues = new ArrayList<>();
        if (bundle != null) {
            for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                if (entry.hasResource()) {
                    resources.add(entry.getResource());
                }
            }
            Object issues = bundle.getUserData(BundleReader.ISSUES);
            if (issues instanceof List<?>) {
                for (Object issue : (List<?>) issues) {
                    parseIssues.add((Unmapped) issue);
                }
            }
        }
        MappedProfile mapped = map(resources, country);
        if (parseIssues.isEmpty()) {
            return mapped;
        }
        parseIssues.addAll(mapped.unmapped());
        return new MappedProfile(mapped.profile(), mapped.missingData(), parseIssues);
    }
}
