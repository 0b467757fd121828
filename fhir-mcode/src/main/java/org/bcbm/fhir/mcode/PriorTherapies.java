package org.bcbm.fhir.mcode;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bcbm.common.contract.Enums.TherapySetting;
import org.bcbm.common.contract.PatientProfile.PriorTherapy;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Period;

/**
 * Prior anticancer lines from mCODE cancer-related MedicationStatement and MedicationRequest resources. Agent: RxNorm
 * code or name ({@link RxNormAgents}); supportive and bone-modifying agents are not lines. Setting: metastatic when
 * the treatment-intent extension is palliative (363676003) or the therapy started on or after the earliest metastatic
 * diagnosis; before it, neoadjuvant when it started before the breast surgery, adjuvant after; a therapy whose
 * setting cannot be told that way is unmapped. Agents of one setting started on the same day are one line. Ended:
 * months from the end date to today; still on it (active, no end) is 0. Progressed: a status reason of 266721009
 * (no response to treatment); any other reason leaves it unknown.
 */
final class PriorTherapies {

    /** One medication resource, read. */
    record Course(DomainResource resource, String inn, LocalDate start, LocalDate end, boolean active, boolean palliative,
            boolean noResponse) {
    }

    private PriorTherapies() {
    }

    static Optional<Course> course(MedicationStatement statement, Findings findings) {
        String status = statement.hasStatus() ? statement.getStatus().toCode() : "unknown";
        if (status.equals("entered-in-error") || status.equals("not-taken")) {
            findings.unmapped(statement, "priorTherapies", "status " + status + ": not a therapy taken");
            return Optional.empty();
        }
        Optional<String> inn = agent(statement, statement.hasMedicationCodeableConcept()
                ? statement.getMedicationCodeableConcept() : null, findings);
        if (inn.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = null;
        LocalDate end = null;
        if (statement.hasEffectivePeriod()) {
            Period period = statement.getEffectivePeriod();
            start = Dates.of(period.getStartElement());
            end = Dates.of(period.getEndElement());
        } else if (statement.hasEffectiveDateTimeType()) {
            start = Dates.of(statement.getEffectiveDateTimeType());
        }
        boolean noResponse = statement.getStatusReason().stream().anyMatch(McodeCodes.NO_RESPONSE_TO_TREATMENT::in);
        return Optional.of(new Course(statement, inn.get(), start, end, status.equals("active") || status.equals("intended"),
                palliative(statement), noResponse));
    }

    static Optional<Course> course(MedicationRequest request, Findings findings) {
        String status = request.hasStatus() ? request.getStatus().toCode() : "unknown";
        if (status.equals("entered-in-error") || status.equals("cancelled") || status.equals("draft")) {
            findings.unmapped(request, "priorTherapies", "status " + status + ": not a therapy given");
            return Optional.empty();
        }
        Optional<String> inn = agent(request, request.hasMedicationCodeableConcept()
                ? request.getMedicationCodeableConcept() : null, findings);
        if (inn.isEmpty()) {
            return Optional.empty();
        }
        LocalDate start = null;
        LocalDate end = null;
        if (request.hasDosageInstruction() && request.getDosageInstructionFirstRep().getTiming().getRepeat().hasBoundsPeriod()) {
            Period bounds = request.getDosageInstructionFirstRep().getTiming().getRepeat().getBoundsPeriod();
            start = Dates.of(bounds.getStartElement());
            end = Dates.of(bounds.getEndElement());
        }
        if (start == null && request.hasAuthoredOn()) {
            start = Dates.of(request.getAuthoredOnElement());
        }
        boolean noResponse = request.hasStatusReason() && McodeCodes.NO_RESPONSE_TO_TREATMENT.in(request.getStatusReason());
        return Optional.of(new Course(request, inn.get(), start, end, status.equals("active"), palliative(request),
                noResponse));
    }

    private static Optional<String> agent(DomainResource resource, CodeableConcept medication, Findings findings) {
        if (medication == null) {
            findings.unmapped(resource, "priorTherapies", "no medicationCodeableConcept (a medicationReference is not followed)");
            return Optional.empty();
        }
        Optional<String> inn = RxNormAgents.inn(medication);
        if (inn.isEmpty()) {
            findings.unmapped(resource, "priorTherapies", "medication " + ObservationValues.describe(medication)
                    + " is not an agent the platform knows");
            return Optional.empty();
        }
        if (RxNormAgents.SUPPORTIVE.contains(inn.get())) {
            findings.unmapped(resource, "priorTherapies", inn.get() + " is supportive or bone-modifying: not a prior anticancer line");
            return Optional.empty();
        }
        return inn;
    }

    private static boolean palliative(DomainResource resource) {
        for (Extension extension : resource.getExtensionsByUrl(McodeCodes.TREATMENT_INTENT_EXTENSION)) {
            if (extension.getValue() instanceof CodeableConcept
                    && McodeCodes.PALLIATIVE_INTENT.in((CodeableConcept) extension.getValue())) {
                return true;
            }
        }
        return false;
    }

    /** The setting of one course, or null (unmapped with the reason) when it cannot be told. */
    static TherapySetting setting(Course course, LocalDate metastaticDiagnosis, LocalDate surgery, Findings findings) {
        if (course.palliative()) {
            return TherapySetting.METASTATIC;
        }
        if (course.start() == null) {
            findings.unmapped(course.resource(), "priorTherapies", course.inn() + ": no start date, setting unknown");
            return null;
        }
        if (metastaticDiagnosis == null) {
            findings.unmapped(course.resource(), "priorTherapies", course.inn()
                    + ": no metastatic diagnosis date to place it against, setting unknown");
            return null;
        }
        if (!course.start().isBefore(metastaticDiagnosis)) {
            return TherapySetting.METASTATIC;
        }
        if (surgery == null) {
            findings.unmapped(course.resource(), "priorTherapies", course.inn()
                    + ": started before the metastatic diagnosis but no breast surgery date: adjuvant or neoadjuvant unknown");
            return null;
        }
        return course.start().isBefore(surgery) ? TherapySetting.NEOADJUVANT : TherapySetting.ADJUVANT;
    }

    /** Courses grouped into lines (same setting, same start day), in order of start. */
    static List<PriorTherapy> lines(List<Course> courses, LocalDate metastaticDiagnosis, LocalDate surgery, Clock clock,
            Findings findings) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Map<String, List<Course>> byLine = new LinkedHashMap<>();
        Map<String, TherapySetting> settings = new LinkedHashMap<>();
        courses.stream()
                .sorted(Comparator.comparing(Course::start, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(course -> {
                    TherapySetting setting = setting(course, metastaticDiagnosis, surgery, findings);
                    if (setting != null) {
                        String key = setting + "|" + course.start();
                        byLine.computeIfAbsent(key, k -> new ArrayList<>()).add(course);
                        settings.put(key, setting);
                    }
                });
        List<PriorTherapy> lines = new ArrayList<>();
        for (Map.Entry<String, List<Course>> line : byLine.entrySet()) {
            List<String> agents = new ArrayList<>();
            Integer endedMonthsAgo = null;
            boolean anyOngoing = false;
            boolean allEnded = true;
            Boolean progressed = null;
            for (Course course : line.getValue()) {
                if (!agents.contains(course.inn())) {
                    agents.add(course.inn());
                }
                if (course.end() != null) {
                    int months = (int) Math.max(0, ChronoUnit.MONTHS.between(course.end(), today));
                    endedMonthsAgo = endedMonthsAgo == null ? months : Math.min(endedMonthsAgo, months);
                } else {
                    allEnded = false;
                    anyOngoing |= course.active();
                }
                if (course.noResponse()) {
                    progressed = true;
                }
            }
            Integer ended = anyOngoing ? Integer.valueOf(0) : allEnded ? endedMonthsAgo : null;
            lines.add(new PriorTherapy(List.copyOf(agents.subList(0, Math.min(agents.size(), 10))),
                    settings.get(line.getKey()), ended == null ? null : Math.min(ended, 600), progressed));
        }
        return lines;
    }
}
