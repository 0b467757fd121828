package org.bcbm.evidence.service;

import ca.uhn.fhir.context.FhirContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bcbm.common.evidence.McbsGradability;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.evidence.Outcome;
import org.bcbm.evidence.Trial;
import org.bcbm.evidence.repository.TrialRepository;
import org.hl7.fhir.r5.model.Annotation;
import org.hl7.fhir.r5.model.ArtifactAssessment;
import org.hl7.fhir.r5.model.ArtifactAssessment.ArtifactAssessmentContentComponent;
import org.hl7.fhir.r5.model.ArtifactAssessment.ArtifactAssessmentInformationType;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.Bundle.BundleType;
import org.hl7.fhir.r5.model.Citation;
import org.hl7.fhir.r5.model.Citation.CitationCitedArtifactComponent;
import org.hl7.fhir.r5.model.Citation.CitationCitedArtifactWebLocationComponent;
import org.hl7.fhir.r5.model.CodeableConcept;
import org.hl7.fhir.r5.model.Coding;
import org.hl7.fhir.r5.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r5.model.Enumerations.QuantityComparator;
import org.hl7.fhir.r5.model.Evidence;
import org.hl7.fhir.r5.model.Evidence.EvidenceStatisticAttributeEstimateComponent;
import org.hl7.fhir.r5.model.Evidence.EvidenceStatisticComponent;
import org.hl7.fhir.r5.model.Evidence.EvidenceStatisticSampleSizeComponent;
import org.hl7.fhir.r5.model.Evidence.EvidenceVariableDefinitionComponent;
import org.hl7.fhir.r5.model.Identifier;
import org.hl7.fhir.r5.model.Narrative;
import org.hl7.fhir.r5.model.Narrative.NarrativeStatus;
import org.hl7.fhir.r5.model.Quantity;
import org.hl7.fhir.r5.model.Range;
import org.hl7.fhir.r5.model.Reference;
import org.hl7.fhir.r5.model.Resource;

/**
 * One trial outcome as FHIR R5: a collection Bundle of the paper ({@code Citation}), the result ({@code Evidence}:
 * the hazard or rate ratio with its 95 % CI and p value, the per-arm medians) and, when the outcome is one the
 * platform grades, ESMO's magnitude-of-benefit verdict on it ({@code ArtifactAssessment}). Codes and element choices
 * are explained in docs/research/fhir-export.md.
 */
@ApplicationScoped
public class FhirEvidenceExport {

    static final String STATISTIC_TYPE = "http://terminology.hl7.org/CodeSystem/statistic-type";
    static final String ATTRIBUTE_ESTIMATE_TYPE = "http://terminology.hl7.org/CodeSystem/attribute-estimate-type";
    static final String VARIABLE_ROLE = "http://terminology.hl7.org/CodeSystem/variable-role";
    static final String ARTIFACT_URL_CLASSIFIER = "http://hl7.org/fhir/artifact-url-classifier";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String DOI_SYSTEM = "https://doi.org";
    static final String BASE = "https://bcbm-navigator.org/fhir/";
    static final String ESMO_MCBS = "ESMO-MCBS v1.1";

    // a reported p value: an optional comparator and a decimal; anything after it (e.g. "(nominal)") stays text
    private static final Pattern P_VALUE = Pattern.compile(
            "^\\s*(?:p\\s*)?(<=|≤|<|>=|≥|>|=)?\\s*(\\d*\\.?\\d+(?:[eE]-?\\d+)?)\\s*(.*)$");

    private final TrialRepository trials;

    public FhirEvidenceExport(TrialRepository trials) {
        this.trials = trials;
    }

    /**
     * The outcome's Bundle as FHIR JSON, the form the endpoint serves. The FHIR R5 model loads on the first export
     * (about two seconds, some 70 MB of heap and metaspace): most replicas never export, so the service neither
     * starts slower nor holds that memory for it; the gateway gives this call a timeout that covers the first load.
     */
    @Transactional
    public String json(String trialId, long outcomeId) {
        return FhirContext.forR5Cached().newJsonParser().encodeResourceToString(bundle(trialId, outcomeId));
    }

    @Transactional
    public Bundle bundle(String trialId, long outcomeId) {
        Trial trial = trials.findByIdOptional(trialId.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("trial", trialId));
        Outcome outcome = trial.outcomes.stream().filter(o -> o.id == outcomeId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("outcome", trialId + "/" + outcomeId));
        return bundle(trial, outcome);
    }

    /** The Bundle of one outcome of a loaded trial. */
    public Bundle bundle(Trial trial, Outcome outcome) {
        String citationId = slug(trial.trialId) + "-citation";
        String evidenceId = slug(trial.trialId) + "-" + outcome.id;
        Bundle bundle = new Bundle();
        bundle.setType(BundleType.COLLECTION);
        entry(bundle, citation(trial, outcome, citationId));
        entry(bundle, evidence(trial, outcome, evidenceId, citationId));
        assessment(trial, outcome, evidenceId).ifPresent(a -> entry(bundle, a));
        return bundle;
    }

    private static void entry(Bundle bundle, Resource resource) {
        bundle.addEntry().setFullUrl(BASE + resource.fhirType() + "/" + resource.getIdPart()).setResource(resource);
    }

    private static Citation citation(Trial trial, Outcome outcome, String id) {
        Citation c = new Citation();
        c.setId(id);
        c.setStatus(PublicationStatus.ACTIVE);
        c.setTitle(trial.name);
        CitationCitedArtifactComponent artifact = c.getCitedArtifact();
        doi(artifact, trial.doi);
        if (outcome.doi != null && !outcome.doi.equals(trial.doi)) {
            // the outcome comes from a later report of the trial (e.g. final OS): cite that one too
            doi(artifact, outcome.doi);
        }
        artifact.addTitle().setText(trial.name);
        artifact.addNote().setText(trial.citation);
        if (outcome.citation != null && !outcome.citation.equals(trial.citation)) {
            artifact.addNote().setText(outcome.citation);
        }
        c.setText(narrative(trial.name + ". " + trial.citation
                + (outcome.citation != null && !outcome.citation.equals(trial.citation) ? " " + outcome.citation : "")));
        return c;
    }

    /** A DOI is an identifier and a link; a source without one is named in the citation notes instead. */
    private static void doi(CitationCitedArtifactComponent artifact, String doi) {
        if (doi == null) {
            return;
        }
        artifact.addIdentifier(new Identifier().setSystem(DOI_SYSTEM).setValue(doi));
        CitationCitedArtifactWebLocationComponent web = artifact.addWebLocation().setUrl(DOI_SYSTEM + "/" + doi);
        web.addClassifier(new CodeableConcept(new Coding(ARTIFACT_URL_CLASSIFIER, "doi-based", "DOI Based")));
    }

    private static Evidence evidence(Trial trial, Outcome outcome, String id, String citationId) {
        Evidence e = new Evidence();
        e.setId(id);
        e.setStatus(PublicationStatus.ACTIVE);
        e.setTitle(trial.name + ": " + outcome.endpoint + ", " + outcome.analysis);
        e.setCiteAs(new Reference("Citation/" + citationId));
        String description = description(trial, outcome);
        e.setDescription(description);
        e.setText(narrative(description));
        if (Outcome.SECONDARY.equals(outcome.sourceKind)) {
            e.addNote().setText("Figures from a secondary source: " + outcome.sourceNote);
        } else {
            e.addNote().setText("Figures from the primary publication.");
        }
        if (outcome.note != null) {
            e.addNote().setText(outcome.note);
        }
        variable(e, "population", trial.population);
        String experimental = arm(trial, "experimental");
        String control = arm(trial, "control");
        if (experimental != null) {
            variable(e, "exposure", experimental);
        }
        if (control != null) {
            variable(e, "referenceExposure", control);
        }
        variable(e, "measuredVariable", outcome.endpoint);
        if (outcome.hazardRatio != null) {
            e.addStatistic(ratio(trial, outcome));
        }
        median(trial, outcome, "experimental", experimental, outcome.experimentalMedianMonths).ifPresent(e::addStatistic);
        median(trial, outcome, "control", control, outcome.controlMedianMonths).ifPresent(e::addStatistic);
        return e;
    }

    private static String arm(Trial trial, String label) {
        return trial.arms.stream().filter(a -> label.equals(a.label())).findFirst().map(a -> a.regimen()).orElse(null);
    }

    private static void variable(Evidence e, String role, String description) {
        EvidenceVariableDefinitionComponent v = e.addVariableDefinition();
        v.setDescription(description);
        v.setVariableRole(new CodeableConcept(new Coding(VARIABLE_ROLE, role, null)));
    }

    private static EvidenceStatisticComponent ratio(Trial trial, Outcome outcome) {
        EvidenceStatisticComponent s = new EvidenceStatisticComponent();
        if (McbsGradability.RATE_RATIO.equals(outcome.effectMeasure)) {
            s.setDescription("Rate ratio for " + outcome.endpoint + " (" + outcome.analysis + ")");
            s.setStatisticType(new CodeableConcept(new Coding(STATISTIC_TYPE, "rate-ratio", "Incidence Rate Ratio"))
                    .setText("Rate ratio"));
        } else {
            s.setDescription("Hazard ratio for " + outcome.endpoint + " (" + outcome.analysis + ")");
            s.setStatisticType(new CodeableConcept(new Coding(STATISTIC_TYPE, "C93150", "Hazard Ratio")));
        }
        s.setQuantity(new Quantity().setValue(outcome.hazardRatio));
        sampleSize(trial).ifPresent(s::setSampleSize);
        if (outcome.ciLower != null && outcome.ciUpper != null) {
            EvidenceStatisticAttributeEstimateComponent ci = s.addAttributeEstimate();
            ci.setDescription("95% confidence interval");
            ci.setType(new CodeableConcept(new Coding(ATTRIBUTE_ESTIMATE_TYPE, "C53324", "Confidence interval")));
            ci.setLevel(new BigDecimal("0.95"));
            ci.setRange(new Range().setLow(new Quantity().setValue(outcome.ciLower))
                    .setHigh(new Quantity().setValue(outcome.ciUpper)));
        }
        if (outcome.pValue != null) {
            s.addAttributeEstimate(pValue(outcome.pValue));
        }
        return s;
    }

    /**
     * The p value as reported: a number (with its comparator for "<0.001") where it reads as one; the reported
     * text is kept in the description, because some carry a qualifier ("nominal", "one-sided").
     */
    static EvidenceStatisticAttributeEstimateComponent pValue(String reported) {
        EvidenceStatisticAttributeEstimateComponent p = new EvidenceStatisticAttributeEstimateComponent();
        p.setDescription("p value as reported: " + reported.trim());
        p.setType(new CodeableConcept(new Coding(ATTRIBUTE_ESTIMATE_TYPE, "C44185", "P-value")));
        Matcher m = P_VALUE.matcher(reported);
        if (m.matches()) {
            Quantity q = new Quantity().setValue(new BigDecimal(m.group(2)));
            comparator(m.group(1)).ifPresent(q::setComparator);
            p.setQuantity(q);
        }
        return p;
    }

    private static Optional<QuantityComparator> comparator(String symbol) {
        if (symbol == null || symbol.equals("=")) {
            return Optional.empty();
        }
        return Optional.of(switch (symbol) {
            case "<" -> QuantityComparator.LESS_THAN;
            case "<=", "≤" -> QuantityComparator.LESS_OR_EQUAL;
            case ">" -> QuantityComparator.GREATER_THAN;
            default -> QuantityComparator.GREATER_OR_EQUAL;
        });
    }

    /** One arm's median, in months (UCUM "mo"); absent when it was not reached or not reported. */
    private static Optional<EvidenceStatisticComponent> median(Trial trial, Outcome outcome, String arm,
            String regimen, BigDecimal months) {
        if (months == null) {
            return Optional.empty();
        }
        EvidenceStatisticComponent s = new EvidenceStatisticComponent();
        s.setDescription("Median " + outcome.endpoint + ", " + arm + " arm" + (regimen == null ? "" : " (" + regimen + ")"));
        s.setStatisticType(new CodeableConcept(new Coding(STATISTIC_TYPE, "C28007", "Median")));
        s.setQuantity(new Quantity().setValue(months).setUnit("months").setSystem(UCUM).setCode("mo"));
        return Optional.of(s);
    }

    private static Optional<EvidenceStatisticSampleSizeComponent> sampleSize(Trial trial) {
        if (trial.n == null) {
            return Optional.empty();
        }
        EvidenceStatisticSampleSizeComponent size = new EvidenceStatisticSampleSizeComponent();
        size.setNumberOfStudies(1);
        size.setNumberOfParticipants(trial.n);
        return Optional.of(size);
    }

    /**
     * ESMO's grade of the result, or why the scale does not grade it, as an assessment of the Evidence: ESMO-MCBS
     * rates the magnitude of clinical benefit, which is not what Evidence.certainty holds (confidence in the
     * estimate). Absent for an outcome the platform does not grade and for which no grade is known.
     */
    private static Optional<ArtifactAssessment> assessment(Trial trial, Outcome outcome, String evidenceId) {
        Optional<String> reason = outcome.notGradableReason();
        String grade = outcome.gradeToShow();
        if (reason.isEmpty() && grade == null) {
            return Optional.empty();
        }
        ArtifactAssessment a = new ArtifactAssessment();
        a.setId(evidenceId + "-mcbs");
        a.setTitle(ESMO_MCBS + ": " + trial.name + ", " + outcome.endpoint + ", " + outcome.analysis);
        a.setArtifact(new Reference("Evidence/" + evidenceId));
        ArtifactAssessmentContentComponent content = a.addContent();
        content.setType(new CodeableConcept().setText(ESMO_MCBS + " magnitude of clinical benefit"));
        String summary;
        if (reason.isPresent()) {
            content.setInformationType(ArtifactAssessmentInformationType.COMMENT);
            summary = "Not gradable: " + reason.get();
        } else {
            content.setInformationType(ArtifactAssessmentInformationType.RATING);
            boolean published = grade.equals(outcome.mcbsGradePublished);
            content.setClassifier(List.of(new CodeableConcept().setText("grade " + grade)));
            summary = "Grade " + grade + (published ? " (published by ESMO)" : " (computed by the platform on form "
                    + outcome.mcbsForm + ")");
        }
        content.setSummary(summary);
        a.setText(narrative(ESMO_MCBS + ". " + summary));
        return Optional.of(a);
    }

    private static String description(Trial trial, Outcome outcome) {
        StringBuilder d = new StringBuilder(trial.name).append(", ").append(outcome.endpoint).append(" (")
                .append(outcome.analysis).append(")");
        if (outcome.experimentalMedianMonths != null && outcome.controlMedianMonths != null) {
            d.append(": median ").append(outcome.experimentalMedianMonths.toPlainString()).append(" vs ")
                    .append(outcome.controlMedianMonths.toPlainString()).append(" months");
        }
        if (outcome.hazardRatio != null) {
            d.append(McbsGradability.RATE_RATIO.equals(outcome.effectMeasure) ? "; rate ratio " : "; hazard ratio ")
                    .append(outcome.hazardRatio.toPlainString());
            if (outcome.ciLower != null && outcome.ciUpper != null) {
                d.append(" (95% CI ").append(outcome.ciLower.toPlainString()).append("-")
                        .append(outcome.ciUpper.toPlainString()).append(")");
            }
        }
        if (outcome.pValue != null) {
            d.append("; p ").append(outcome.pValue.startsWith("<") ? outcome.pValue : "= " + outcome.pValue);
        }
        return d.append(".").toString();
    }

    /** Generated narrative, so that a system that shows only text shows the facts (and dom-6 is met). */
    static Narrative narrative(String text) {
        Narrative n = new Narrative();
        n.setStatus(NarrativeStatus.GENERATED);
        n.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>" + escape(text) + "</p></div>");
        return n;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** FHIR ids allow [A-Za-z0-9-.]{1,64}. */
    static String slug(String trialId) {
        return trialId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
    }

}
