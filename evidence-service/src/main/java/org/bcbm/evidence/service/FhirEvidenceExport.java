package org.bcbm.evidence.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Locale;
import org.bcbm.common.evidence.McbsGradability;
import org.bcbm.evidence.Outcome;
import org.bcbm.evidence.Trial;
import org.bcbm.evidence.repository.TrialRepository;
import org.bcbm.common.evidence.McbsGradability;
import org.bcbm.common.problem.ProblemException;

/**
 * One trial outcome as FHIR R5: a collection Bundle of the paper as {@code Citation} and the result as
 * {@code Evidence} (hazard ratio as statistic, 95 % CI as attribute estimate).
 *
 * <p>Built as plain JSON: the HAPI FHIR R5 structures could not be resolved from the package registry here, and the
 * two resources need only a small, fixed subset of elements. Codes: statistic-type C93150 (Hazard Ratio),
 * attribute-estimate-type C53324 (Confidence interval), variable-role population/exposure/referenceExposure/
 * measuredVariable (terminology.hl7.org).
 */
@ApplicationScoped
public class FhirEvidenceExport {

    static final String STATISTIC_TYPE = "http://terminology.hl7.org/CodeSystem/statistic-type";
    static final String ATTRIBUTE_ESTIMATE_TYPE = "http://terminology.hl7.org/CodeSystem/attribute-estimate-type";
    static final String VARIABLE_ROLE = "http://terminology.hl7.org/CodeSystem/variable-role";
    static final String BASE = "https://bcbm-navigator.org/fhir/";

    private final TrialRepository trials;
    private final ObjectMapper json;

    public FhirEvidenceExport(TrialRepository trials, ObjectMapper json) {
        this.trials = trials;
        this.json = json;
    }

    @Transactional
    public ObjectNode bundle(String trialId, long outcomeId) {
        Trial trial = trials.findByIdOptional(trialId.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> ProblemException.notFound("trial", trialId));
        Outcome outcome = trial.outcomes.stream().filter(o -> o.id == outcomeId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("outcome", trialId + "/" + outcomeId));
        String citationId = slug(trial.trialId) + "-citation";
        String evidenceId = slug(trial.trialId) + "-" + outcome.id;

        ObjectNode bundle = json.createObjectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("type", "collection");
        ArrayNode entries = bundle.putArray("entry");
        entry(entries, "Citation", citationId, citation(trial, outcome, citationId));
        entry(entries, "Evidence", evidenceId, evidence(trial, outcome, evidenceId, citationId));
        return bundle;
    }

    private static void entry(ArrayNode entries, String type, String id, ObjectNode resource) {
        ObjectNode e = entries.addObject();
        e.put("fullUrl", BASE + type + "/" + id);
        e.set("resource", resource);
    }

    private ObjectNode citation(Trial trial, Outcome outcome, String id) {
        ObjectNode c = json.createObjectNode();
        c.put("resourceType", "Citation");
        c.put("id", id);
        c.put("status", "active");
        c.put("title", trial.name);
        ObjectNode artifact = c.putObject("citedArtifact");
        ArrayNode ids = artifact.putArray("identifier");
        doi(ids, trial.doi);
        if (outcome.doi != null && !outcome.doi.equals(trial.doi)) {
            // the outcome comes from a later report of the trial (e.g. final OS): cite that one too
            doi(ids, outcome.doi);
        }
        artifact.putArray("title").addObject().put("text", trial.name);
        ArrayNode notes = artifact.putArray("note");
        notes.addObject().put("text", trial.citation);
        if (outcome.citation != null && !outcome.citation.equals(trial.citation)) {
            notes.addObject().put("text", outcome.citation);
        }
        return c;
    }

    /** A DOI becomes a DOI identifier; a source without one is named in the citation notes instead. */
    private static void doi(ArrayNode ids, String doi) {
        if (doi != null) {
            ids.addObject().put("system", "https://doi.org").put("value", doi);
        }
    }

    private ObjectNode evidence(Trial trial, Outcome outcome, String id, String citationId) {
        ObjectNode e = json.createObjectNode();
        e.put("resourceType", "Evidence");
        e.put("id", id);
        e.put("status", "active");
        e.put("title", trial.name + ": " + outcome.endpoint + ", " + outcome.analysis);
        e.putObject("citeAsReference").put("reference", "Citation/" + citationId);
        e.put("description", description(trial, outcome));
        if (outcome.note != null || Outcome.SECONDARY.equals(outcome.sourceKind)) {
            ArrayNode notes = e.putArray("note");
            if (Outcome.SECONDARY.equals(outcome.sourceKind)) {
                notes.addObject().put("text", "Figures from a secondary source: " + outcome.sourceNote);
            }
            if (outcome.note != null) {
                notes.addObject().put("text", outcome.note);
            }
        }
        ArrayNode variables = e.putArray("variableDefinition");
        variable(variables, "population", trial.population);
        trial.arms.stream().filter(a -> "experimental".equals(a.label())).findFirst()
                .ifPresent(a -> variable(variables, "exposure", a.regimen()));
        trial.arms.stream().filter(a -> "control".equals(a.label())).findFirst()
                .ifPresent(a -> variable(variables, "referenceExposure", a.regimen()));
        variable(variables, "measuredVariable", outcome.endpoint);
        if (outcome.hazardRatio != null) {
            e.putArray("statistic").add(hazardRatio(trial, outcome));
        }
        return e;
    }

    private void variable(ArrayNode variables, String role, String description) {
        ObjectNode v = variables.addObject();
        v.put("description", description);
        v.putObject("variableRole").putArray("coding").addObject().put("system", VARIABLE_ROLE).put("code", role);
    }

    private ObjectNode hazardRatio(Trial trial, Outcome outcome) {
        ObjectNode s = json.createObjectNode();
        if (McbsGradability.RATE_RATIO.equals(outcome.effectMeasure)) {
            // no code of the statistic-type value set is taken for a rate ratio: it is named in text only
            s.put("description", "Rate ratio for " + outcome.endpoint + " (" + outcome.analysis + ")");
            s.putObject("statisticType").put("text", "Rate ratio");
        } else {
            s.put("description", "Hazard ratio for " + outcome.endpoint + " (" + outcome.analysis + ")");
            s.putObject("statisticType").putArray("coding").addObject()
                    .put("system", STATISTIC_TYPE).put("code", "C93150").put("display", "Hazard Ratio");
        }
        s.putObject("quantity").put("value", outcome.hazardRatio);
        if (trial.n != null) {
            s.putObject("sampleSize").put("numberOfStudies", 1).put("numberOfParticipants", trial.n);
        }
        if (outcome.ciLower != null && outcome.ciUpper != null) {
            ObjectNode ci = s.putArray("attributeEstimate").addObject();
            ci.put("description", "95% confidence interval");
            ci.putObject("type").putArray("coding").addObject()
                    .put("system", ATTRIBUTE_ESTIMATE_TYPE).put("code", "C53324").put("display", "Confidence interval");
            ci.put("level", new BigDecimal("0.95"));
            ObjectNode range = ci.putObject("range");
            range.putObject("low").put("value", outcome.ciLower);
            range.putObject("high").put("value", outcome.ciUpper);
        }
        return s;
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
            if (outcome.ciLower != null) {
                d.append(" (95% CI ").append(outcome.ciLower.toPlainString()).append("-")
                        .append(outcome.ciUpper.toPlainString()).append(")");
            }
        }
        if (outcome.pValue != null) {
            d.append("; p ").append(outcome.pValue.startsWith("<") ? outcome.pValue : "= " + outcome.pValue);
        }
        return d.append(".").toString();
    }

    /** FHIR ids allow [A-Za-z0-9-.]{1,64}. */
    static String slug(String trialId) {
        return trialId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
    }
}
