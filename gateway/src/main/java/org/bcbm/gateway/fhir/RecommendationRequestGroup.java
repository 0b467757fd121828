package org.bcbm.gateway.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.Recommendation.Agent;
import org.bcbm.common.contract.Recommendation.EvidenceRef;
import org.bcbm.common.contract.Recommendation.Option;
import org.bcbm.fhir.mcode.MedicationCodes;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestIntent;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Narrative.NarrativeStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.RelatedArtifact.RelatedArtifactType;
import org.hl7.fhir.r4.model.RequestGroup;
import org.hl7.fhir.r4.model.RequestGroup.ActionGroupingBehavior;
import org.hl7.fhir.r4.model.RequestGroup.ActionSelectionBehavior;
import org.hl7.fhir.r4.model.RequestGroup.RequestGroupActionComponent;
import org.hl7.fhir.r4.model.RequestGroup.RequestIntent;
import org.hl7.fhir.r4.model.RequestGroup.RequestStatus;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;

/**
 * A recommendation as FHIR R4 proposals: a collection Bundle holding one RequestGroup (intent proposal) whose
 * actions are the answer's categories, each holding its options in rank order; an option's action carries the
 * option's MedicationRequest(s) or ServiceRequest (contained) and its evidence as citation links. Element choices
 * are explained in docs/research/fhir-export.md.
 */
public final class RecommendationRequestGroup {

    public static final String FHIR_JSON = "application/fhir+json";
    static final String BASE = "https://bcbm-navigator.org/fhir/";
    static final String RFC_3986 = "urn:ietf:rfc:3986";
    static final String DOI_URL = "https://doi.org/";

    /** Categories whose options are procedures (ServiceRequest), never medicines. */
    private static final List<String> PROCEDURES = List.of("radiotherapy", "surgery");
    private static final Map<String, String> CATEGORY_TITLES = Map.of(
            "systemic", "Systemic therapy",
            "bone_modifying", "Bone-modifying agent",
            "radiotherapy", "Radiotherapy",
            "surgery", "Surgery",
            "supportive", "Supportive care");
    // a DOI inside a free-text source, e.g. "... Ann Oncol 2021;32:1475-1495, doi:10.1016/j.annonc.2021.09.019)"
    private static final Pattern DOI_IN_TEXT = Pattern.compile("doi:\\s*(10\\.\\d{4,9}/[^\\s,;)]+)");

    private RecommendationRequestGroup() {
    }

    public static String json(Recommendation recommendation) {
        return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(bundle(recommendation));
    }

    public static Bundle bundle(Recommendation recommendation) {
        RequestGroup group = requestGroup(recommendation);
        Bundle bundle = new Bundle();
        bundle.setType(BundleType.COLLECTION);
        if (recommendation.generatedAt() != null) {
            bundle.setTimestamp(Date.from(recommendation.generatedAt()));
        }
        bundle.addEntry().setFullUrl(BASE + "RequestGroup/" + group.getIdElement().getIdPart()).setResource(group);
        return bundle;
    }

    static RequestGroup requestGroup(Recommendation r) {
        RequestGroup group = new RequestGroup();
        group.setId(fhirId(r.requestId()));
        if (r.requestId() != null) {
            group.addIdentifier(requestIdentifier(r.requestId()));
        }
        // the proposals are not orders: a clinician or tumour board decides what, if anything, is requested
        group.setStatus(RequestStatus.DRAFT);
        group.setIntent(RequestIntent.PROPOSAL);
        group.setSubject(patient());
        if (r.generatedAt() != null) {
            group.setAuthoredOn(Date.from(r.generatedAt()));
        }
        Map<String, List<Option>> byCategory = new LinkedHashMap<>();
        for (Option o : r.options() == null ? List.<Option>of() : r.options()) {
            byCategory.computeIfAbsent(o.category(), c -> new ArrayList<>()).add(o);
        }
        int[] serial = {0};
        byCategory.forEach((category, options) -> {
            RequestGroupActionComponent categoryAction = group.addAction();
            categoryAction.setTitle(CATEGORY_TITLES.getOrDefault(category, category));
            categoryAction.addCode(new CodeableConcept().setText(category));
            // which options combine is a clinical decision the answer does not make: any may be chosen
            categoryAction.setGroupingBehavior(ActionGroupingBehavior.LOGICALGROUP);
            categoryAction.setSelectionBehavior(ActionSelectionBehavior.ANY);
            options.stream().sorted((a, b) -> Integer.compare(a.rank(), b.rank()))
                    .forEach(o -> option(group, categoryAction.addAction(), o, r, serial));
        });
        notes(group, r);
        group.setText(narrative(summary(r)));
        return group;
    }

    private static void option(RequestGroup group, RequestGroupActionComponent action, Option o, Recommendation r,
            int[] serial) {
        action.setPrefix(String.valueOf(o.rank()));
        action.setTitle(o.regimen());
        if (o.rationale() != null) {
            action.setDescription(o.rationale());
        }
        for (EvidenceRef e : o.evidence() == null ? List.<EvidenceRef>of() : o.evidence()) {
            action.addDocumentation(citation(e));
        }
        for (String source : o.sources() == null ? List.<String>of() : o.sources()) {
            action.addDocumentation(justification(source));
        }
        List<Agent> agents = o.agents() == null ? List.of() : o.agents();
        if (PROCEDURES.contains(o.category()) || agents.isEmpty()) {
            action.setResource(contain(group, serviceRequest(o, r), "sr-", serial));
        } else if (agents.size() == 1) {
            action.setResource(contain(group, medicationRequest(agents.get(0), o, r), "mr-", serial));
        } else {
            // a regimen of several agents is proposed whole: one request per agent, all of them together
            action.setGroupingBehavior(ActionGroupingBehavior.LOGICALGROUP);
            action.setSelectionBehavior(ActionSelectionBehavior.ALL);
            for (Agent agent : agents) {
                action.addAction().setTitle(agent.inn())
                        .setResource(contain(group, medicationRequest(agent, o, r), "mr-", serial));
            }
        }
    }

    private static Reference contain(RequestGroup group, Resource resource, String prefix, int[] serial) {
        String id = prefix + (++serial[0]);
        resource.setId(id);
        group.addContained(resource);
        return new Reference("#" + id);
    }

    /** Medicine by its INN, with its RxNorm ingredient code where a confirmed one exists ({@link MedicationCodes}). */
    private static MedicationRequest medicationRequest(Agent agent, Option o, Recommendation r) {
        MedicationRequest m = new MedicationRequest();
        m.setStatus(MedicationRequestStatus.DRAFT);
        m.setIntent(MedicationRequestIntent.PROPOSAL);
        m.setMedication(MedicationCodes.concept(agent.inn()));
        m.setSubject(patient());
        if (r.generatedAt() != null) {
            m.setAuthoredOn(Date.from(r.generatedAt()));
        }
        if (o.schedule() != null) {
            m.addDosageInstruction(new Dosage().setText(o.schedule()));
        }
        m.addNote(new Annotation().setText("Part of: " + o.regimen()));
        optionNotes(o).forEach(n -> m.addNote(new Annotation().setText(n)));
        return m;
    }

    private static ServiceRequest serviceRequest(Option o, Recommendation r) {
        ServiceRequest s = new ServiceRequest();
        s.setStatus(ServiceRequestStatus.DRAFT);
        s.setIntent(ServiceRequestIntent.PROPOSAL);
        s.setCode(new CodeableConcept().setText(o.regimen()));
        s.setSubject(patient());
        if (r.generatedAt() != null) {
            s.setAuthoredOn(Date.from(r.generatedAt()));
        }
        if (o.radiotherapy() != null) {
            s.addOrderDetail(new CodeableConcept().setText(o.radiotherapy().doseGy() + " Gy in "
                    + o.radiotherapy().fractions() + (o.radiotherapy().fractions() == 1 ? " fraction" : " fractions")));
        }
        if (o.schedule() != null) {
            s.setPatientInstruction(o.schedule());
        }
        optionNotes(o).forEach(n -> s.addNote(new Annotation().setText(n)));
        return s;
    }

    /** Warnings, access and cost as the answer states them, so the proposal carries what the partner would see. */
    private static List<String> optionNotes(Option o) {
        List<String> notes = new ArrayList<>();
        for (String w : o.warnings() == null ? List.<String>of() : o.warnings()) {
            notes.add("Warning: " + w);
        }
        if (o.access() != null && o.access().note() != null) {
            notes.add("Access: " + o.access().note());
        }
        if (o.cost() != null && o.cost().annualCost() != null && o.cost().currency() != null) {
            notes.add("Annual cost: " + o.cost().currency() + " " + o.cost().annualCost().toPlainString());
        }
        return notes;
    }

    /** One cited result: the DOI as link, the figures as the display, the reference as the citation text. */
    static RelatedArtifact citation(EvidenceRef e) {
        RelatedArtifact a = new RelatedArtifact().setType(RelatedArtifactType.CITATION);
        a.setLabel(e.trialId());
        a.setDisplay(figures(e));
        if (e.doi() != null) {
            a.setUrl(DOI_URL + e.doi());
            a.setCitation((e.trialName() != null ? e.trialName() + ". " : "") + "doi:" + e.doi());
        } else if (e.citation() != null) {
            a.setCitation(e.citation());
        }
        return a;
    }

    /** A guideline the option rests on; its DOI, when the text names one, becomes the link. */
    static RelatedArtifact justification(String source) {
        RelatedArtifact a = new RelatedArtifact().setType(RelatedArtifactType.JUSTIFICATION).setCitation(source);
        Matcher m = DOI_IN_TEXT.matcher(source);
        if (m.find()) {
            a.setUrl(DOI_URL + m.group(1));
        }
        return a;
    }

    /** The evidence facts in one line: ratio with CI, p, medians, grade or why none, and the source kind. */
    static String figures(EvidenceRef e) {
        StringBuilder d = new StringBuilder(e.trialId()).append(", ").append(e.endpoint());
        if (e.analysis() != null) {
            d.append(" (").append(e.analysis()).append(")");
        }
        if (e.hazardRatio() != null) {
            d.append(": ").append("rate_ratio".equals(e.effectMeasure()) ? "rate ratio " : "hazard ratio ")
                    .append(plain(e.hazardRatio()));
            if (e.ci95() != null && e.ci95().size() == 2) {
                d.append(" (95% CI ").append(plain(e.ci95().get(0))).append("-").append(plain(e.ci95().get(1)))
                        .append(")");
            }
        }
        if (e.pValue() != null) {
            d.append("; p ").append(e.pValue().startsWith("<") ? e.pValue() : "= " + e.pValue());
        }
        if (e.experimentalMedianMonths() != null && e.controlMedianMonths() != null) {
            d.append("; median ").append(plain(e.experimentalMedianMonths())).append(" vs ")
                    .append(plain(e.controlMedianMonths())).append(" months");
        }
        if (e.mcbsGrade() != null) {
            d.append("; ESMO-MCBS grade ").append(e.mcbsGrade());
        } else if (Boolean.FALSE.equals(e.mcbsGradable()) && e.mcbsNotGradableReason() != null) {
            d.append("; ESMO-MCBS: not gradable, ").append(e.mcbsNotGradableReason());
        }
        if ("secondary".equals(e.sourceKind())) {
            d.append("; figures from a secondary source").append(e.sourceNote() != null ? ": " + e.sourceNote() : "");
        } else if (e.sourceKind() != null) {
            d.append("; figures from the primary publication");
        }
        return d.toString();
    }

    private static void notes(RequestGroup group, Recommendation r) {
        if (r.contraindicated() != null) {
            r.contraindicated().forEach(c -> group.addNote(new Annotation()
                    .setText("Contraindicated: " + c.inn() + ". " + c.reason())));
        }
        if (r.recommendedTests() != null) {
            r.recommendedTests().forEach(t -> group.addNote(new Annotation()
                    .setText("Recommended test: " + t.test() + ". " + t.reason())));
        }
        if (r.missingData() != null) {
            r.missingData().forEach(m -> group.addNote(new Annotation().setText("Missing data: " + m)));
        }
        if (r.notes() != null) {
            r.notes().forEach(n -> group.addNote(new Annotation().setText(n)));
        }
        if (r.partial() && r.degraded() != null && !r.degraded().isEmpty()) {
            group.addNote(new Annotation().setText("Partial answer; not answering: " + String.join(", ", r.degraded())));
        }
        if (r.disclaimer() != null) {
            group.addNote(new Annotation().setText(r.disclaimer()));
        }
    }

    private static String summary(Recommendation r) {
        StringBuilder s = new StringBuilder("Proposed options");
        if (r.subtype() != null) {
            s.append(" for ").append(r.subtype());
        }
        if (r.lineOfTherapy() != null) {
            s.append(", line ").append(r.lineOfTherapy());
        }
        s.append(": ");
        List<String> options = new ArrayList<>();
        for (Option o : r.options() == null ? List.<Option>of() : r.options()) {
            options.add(CATEGORY_TITLES.getOrDefault(o.category(), o.category()).toLowerCase(Locale.ROOT) + " #"
                    + o.rank() + " " + o.regimen());
        }
        s.append(options.isEmpty() ? "none" : String.join("; ", options)).append(".");
        if (r.disclaimer() != null) {
            s.append(" ").append(r.disclaimer());
        }
        return s.toString();
    }

    /**
     * The patient the profile describes, named by no identifier: the partner's patient reference stays with the
     * partner, who links the proposals to its own Patient.
     */
    private static Reference patient() {
        return new Reference().setDisplay("The patient of the submitted profile");
    }

    private static Identifier requestIdentifier(String requestId) {
        if (isUuid(requestId)) {
            return new Identifier().setSystem(RFC_3986).setValue("urn:uuid:" + requestId.toLowerCase(Locale.ROOT));
        }
        return new Identifier().setSystem(BASE + "request-id").setValue(requestId);
    }

    /** FHIR ids allow [A-Za-z0-9-.]{1,64}; the request id is a UUID in practice. */
    static String fhirId(String requestId) {
        if (requestId == null || requestId.isBlank()) {
            return "recommendation";
        }
        String id = requestId.replaceAll("[^A-Za-z0-9.-]", "-");
        return id.length() > 64 ? id.substring(0, 64) : id;
    }

    private static boolean isUuid(String s) {
        try {
            UUID.fromString(s);
            return s.length() == 36;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static Narrative narrative(String text) {
        Narrative n = new Narrative();
        n.setStatus(NarrativeStatus.GENERATED);
        n.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>"
                + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p></div>");
        return n;
    }
}
