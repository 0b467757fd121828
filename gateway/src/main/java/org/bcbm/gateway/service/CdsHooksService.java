package org.bcbm.gateway.service;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.RequestIds;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.fhir.mcode.FhirInputException;
import org.bcbm.fhir.mcode.MappedProfile;
import org.bcbm.fhir.mcode.McodeMapper;
import org.bcbm.fhir.mcode.Unmapped;
import org.bcbm.gateway.CdsCard;
import org.bcbm.gateway.CdsHooks;
import org.bcbm.gateway.Role;
import org.bcbm.gateway.client.FhirServerClient;
import org.bcbm.gateway.repository.CdsCardRepository;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;
import org.jboss.logging.Logger;

/**
 * Answers a CDS Hooks call: the prefetch (or, for keys the EHR did not send, its FHIR server) mapped to a patient
 * profile by the mCODE mapper, the merged recommendation through the same path partners use, and the cards.
 */
@ApplicationScoped
public class CdsHooksService {

    private static final Logger LOG = Logger.getLogger(CdsHooksService.class);
    public static final String ORDER_SAFETY_ID = "bcbm-order-safety";
    private static final String LOINC = "http://loinc.org|";
    private static final String SNOMED = "http://snomed.info/sct|";

    /**
     * What the mCODE mapping reads, and nothing else (its codes, fhir-mcode McodeCodes): the patient, their conditions
     * (the cancer and its sites), tumour markers and genomic variants, ECOG, creatinine clearance, menopausal phase,
     * medicines (prior lines), procedures (breast surgery dates the lines are timed against) and calcium with the
     * albumin that corrects it. eGFR is left out: the mapping does not use it.
     */
    public static final Map<String, String> PREFETCH = prefetch();

    /**
     * Prefetch that sharpens the answer but is not needed for one: when an EHR neither sends it nor offers a FHIR
     * server to read it from, it is named on the info card as missing, never a 412 (EHRs registered before it existed
     * do not send it).
     */
    static final Set<String> OPTIONAL_PREFETCH = Set.of("calcium");

    private static Map<String, String> prefetch() {
        Map<String, String> p = new LinkedHashMap<>();
        String patient = "patient={{context.patientId}}";
        p.put("patient", "Patient/{{context.patientId}}");
        p.put("conditions", "Condition?" + patient);
        // ER, PR (presence, interpretation, % of cells), HER2 (interpretation, IHC, ISH), PD-L1, genomic variants
        p.put("tumourMarkers", "Observation?" + patient + "&code=" + codes(LOINC, "85337-4", "16112-5", "85329-1",
                "85339-0", "16113-3", "85325-9", "48676-1", "85319-2", "85318-4", "85330-9", "83052-1", "83053-9",
                "69548-6"));
        p.put("ecog", "Observation?" + patient + "&code=" + LOINC + "89247-1&_sort=-date&_count=1");
        p.put("creatinineClearance", "Observation?" + patient + "&code=" + LOINC + "2164-2&_sort=-date&_count=1");
        // corrected calcium, or a total calcium with the albumin it is corrected by: the latest few readings
        p.put("calcium", "Observation?" + patient + "&code=" + codes(LOINC, "29265-6", "2000-8", "17861-6", "1751-7")
                + "&_sort=-date&_count=6");
        // menopausal phase is recognised by its value (SNOMED CT), whatever the observation's code
        p.put("menopausalStatus", "Observation?" + patient + "&value-concept=" + codes(SNOMED, "309606002",
                "303111005", "307429007", "371036001", "31351009") + "&_sort=-date&_count=1");
        p.put("medicationStatements", "MedicationStatement?" + patient);
        p.put("medicationRequests", "MedicationRequest?" + patient);
        p.put("procedures", "Procedure?" + patient);
        return Collections.unmodifiableMap(p);
    }

    private static String codes(String system, String... codes) {
        return Arrays.stream(codes).map(c -> system + c).collect(Collectors.joining(","));
    }

    private final McodeMapper mcode = new McodeMapper();
    private final FhirServerClient fhir;
    private final Recommendations recommendations;
    private final CdsCardRepository cards;
    private final PatientPseudonyms pseudonyms;
    private final Validator validator;
    private final ObjectMapper mapper;

    public CdsHooksService(FhirServerClient fhir, Recommendations recommendations, CdsCardRepository cards,
            PatientPseudonyms pseudonyms, Validator validator, ObjectMapper mapper) {
        this.fhir = fhir;
        this.recommendations = recommendations;
        this.cards = cards;
        this.pseudonyms = pseudonyms;
        this.validator = validator;
        this.mapper = mapper;
    }

    /** The services discovery lists. */
    public CdsHooks.Discovery discovery() {
        return new CdsHooks.Discovery(List.of(
                CdsHooks.Service.builder()
                        .hook(CdsHooks.PATIENT_VIEW)
                        .id(CdsHooks.SERVICE_ID)
                        .title("BCBM Navigator: treatment options for bone metastases")
                        .description("Evidence-cited, cost- and access-aware options for breast cancer metastatic to "
                                + "bone (systemic therapy, bone-modifying agent, radiotherapy, surgery), with safety "
                                + "cards and what the record lacks. Supports, never replaces, clinical judgement.")
                        .prefetch(PREFETCH)
                        .build(),
                CdsHooks.Service.builder()
                        .hook(CdsHooks.ORDER_SELECT)
                        .id(ORDER_SAFETY_ID)
                        .title("BCBM Navigator: safety of a bone-modifying or systemic therapy order")
                        .description("When a bone-modifying agent or a systemic therapy is selected: contraindications "
                                + "and safety rules (renal dosing, hypocalcaemia, dental status, spinal cord "
                                + "compression) for this patient.")
                        .prefetch(PREFETCH)
                        .build()));
    }

    /**
     * @param baseUrl the gateway's public base URL (links)
     * @throws ProblemException 400 for a malformed call, 412 when data the service needs was neither prefetched
     *         nor readable from a FHIR server
     */
    public CdsHooks.Response call(String serviceId, CdsTokenVerifier.Verified client, CdsHooks.Request request,
            String baseUrl) {
        String hook = serviceId.equals(CdsHooks.SERVICE_ID) ? CdsHooks.PATIENT_VIEW : CdsHooks.ORDER_SELECT;
        if (request == null || !hook.equals(request.hook())) {
            throw ProblemException.badField("hook", "service " + serviceId + " answers the " + hook + " hook");
        }
        JsonNode context = request.context();
        String patientId = context == null ? null : context.path("patientId").asText(null);
        if (patientId == null || patientId.isBlank()) {
            throw ProblemException.badField("context.patientId", "is required");
        }
        List<Resource> resources = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> unfulfilled = new ArrayList<>();
        Map<String, JsonNode> prefetch = request.prefetch() == null ? Map.of() : request.prefetch();
        for (String key : PREFETCH.keySet()) {
            if (!prefetch.containsKey(key)) {
                if (OPTIONAL_PREFETCH.contains(key) && !canRead(request)) {
                    missing.add("prefetch '" + key + "' was not sent");
                } else {
                    unfulfilled.add(key);
                }
                continue;
            }
            JsonNode value = prefetch.get(key);
            if (value == null || value.isNull()) {
                // the spec: a key sent as null means the EHR has no such data
                missing.add("no data in the record for prefetch '" + key + "'");
                continue;
            }
            List<Resource> read = resources("prefetch." + key, value);
            if (read.size() == 1 && read.get(0) instanceof OperationOutcome) {
                unfulfilled.add(key); // the EHR tried and failed: as if not sent
            } else {
                resources.addAll(read);
            }
        }
        if (!unfulfilled.isEmpty()) {
            resources.addAll(fetch(client, request, patientId, unfulfilled, missing));
        }
        String country = client.client().country().orElse(null);
        MappedProfile mapped;
        try {
            mapped = mcode.map(resources, country);
        } catch (FhirInputException e) {
            throw ProblemException.badField("prefetch" + (e.field() == null ? "" : "." + e.field()), e.getMessage());
        }
        if (mapped.missingData() != null) {
            missing.addAll(mapped.missingData());
        }
        for (Unmapped u : mapped.unmapped() == null ? List.<Unmapped>of() : mapped.unmapped()) {
            missing.add(u.resource() + " " + u.field() + ": " + u.reason());
        }
        String requestId = requestId(request.hookInstance());
        String patientHash = pseudonyms.of(patientId);
        CdsCards builder = new CdsCards(mapper, baseUrl, patientId);
        List<CdsCards.Issued> issued;
        Recommendation recommendation = null;
        List<String> invalid = invalid(mapped.profile());
        if (!invalid.isEmpty()) {
            missing.addAll(invalid);
            issued = builder.missingOnly(missing);
        } else {
            recommendation = recommend(client, requestId, mapped.profile());
            issued = hook.equals(CdsHooks.PATIENT_VIEW) ? builder.patientView(recommendation, missing)
                    : builder.orderSelect(recommendation, orderedAgents(context, recommendation), missing);
        }
        record(client.issuer(), hook, request.hookInstance(), patientHash, recommendation, issued);
        LOG.infof("CDS %s for client %s: %d cards (request %s)", hook, client.issuer(), issued.size(), requestId);
        return new CdsHooks.Response(issued.stream().map(CdsCards.Issued::card).toList());
    }

    private List<Resource> resources(String field, JsonNode value) {
        IBaseResource parsed;
        try {
            // a parser per call: HAPI's parsers are not thread-safe, its (cached) context is
            IParser parser = FhirContext.forR4Cached().newJsonParser();
            parsed = parser.parseResource(mapper.writeValueAsString(value));
        } catch (DataFormatException e) {
            throw ProblemException.badField(field, "is not a FHIR R4 resource: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (parsed instanceof Bundle bundle) {
            return bundle.getEntry().stream().filter(Bundle.BundleEntryComponent::hasResource)
                    .map(Bundle.BundleEntryComponent::getResource).toList();
        }
        return parsed instanceof Resource r ? List.of(r) : List.of();
    }

    /** Whether the request offers a FHIR server and a token to read what was not prefetched. */
    private static boolean canRead(CdsHooks.Request request) {
        String server = request.fhirServer();
        String token = request.fhirAuthorization() == null ? null : request.fhirAuthorization().accessToken();
        return server != null && !server.isBlank() && token != null && !token.isBlank();
    }

    /** The spec: data the service needs that it can neither get from prefetch nor from the FHIR server is a 412. */
    private List<Resource> fetch(CdsTokenVerifier.Verified client, CdsHooks.Request request, String patientId,
            List<String> keys, List<String> missing) {
        String server = request.fhirServer();
        String token = request.fhirAuthorization() == null ? null : request.fhirAuthorization().accessToken();
        if (!canRead(request)) {
            throw new ProblemException(412, "Precondition Failed", "prefetch not sent for " + String.join(", ", keys)
                    + ", and no fhirServer with fhirAuthorization to read it from", null, null);
        }
        if (client.client().fhirServers().isPresent()
                && client.client().fhirServers().get().stream().noneMatch(server::startsWith)) {
            throw ProblemException.badField("fhirServer", "is not a FHIR server configured for this client");
        }
        List<Resource> read = new ArrayList<>();
        for (String key : keys) {
            String query = PREFETCH.get(key).replace("{{context.patientId}}", patientId);
            try {
                read.addAll(fhir.read(server, token, query));
            } catch (BaseServerResponseException | DataFormatException e) {
                if (OPTIONAL_PREFETCH.contains(key)) {
                    // not needed for an answer: named on the info card, never a failed call
                    missing.add("prefetch '" + key + "' could not be read from the FHIR server");
                    continue;
                }
                throw new ProblemException(412, "Precondition Failed", "prefetch '" + key
                        + "' was not sent and the FHIR server did not answer it: " + e.getMessage(), null, null);
            }
        }
        return read;
    }

    private List<String> invalid(PatientProfile profile) {
        if (profile == null) {
            return List.of("a patient profile (sex, ER, HER2 and metastatic sites are needed)");
        }
        List<String> fields = new ArrayList<>();
        for (ConstraintViolation<PatientProfile> v : validator.validate(profile)) {
            fields.add(v.getPropertyPath() + " " + v.getMessage());
        }
        fields.sort(null);
        return fields;
    }

    private Recommendation recommend(CdsTokenVerifier.Verified client, String requestId, PatientProfile profile) {
        ApiKeys.Caller caller = new ApiKeys.Caller("cds-client " + client.issuer(), Role.PARTNER, 0, null);
        byte[] answer = recommendations.recommend(caller, requestId, profile).await().atMost(Duration.ofSeconds(15));
        try {
            return mapper.readValue(answer, Recommendation.class);
        } catch (IOException e) {
            throw new UncheckedIOException("recommendation-service's answer is not a Recommendation", e);
        }
    }

    /** The hook instance is a UUID: a retried call is the same request, answered and audited once. */
    private static String requestId(String hookInstance) {
        try {
            return UUID.fromString(hookInstance).toString();
        } catch (IllegalArgumentException | NullPointerException e) {
            return RequestIds.parse(null);
        }
    }

    /** The agents of the draft orders the clinician selected (all drafts when no selection is named). */
    private static Set<String> orderedAgents(JsonNode context, Recommendation r) {
        Set<String> selected = new HashSet<>();
        context.path("selections").forEach(s -> selected.add(s.asText()));
        List<String> texts = new ArrayList<>();
        for (JsonNode entry : context.path("draftOrders").path("entry")) {
            JsonNode res = entry.path("resource");
            String ref = res.path("resourceType").asText() + "/" + res.path("id").asText();
            if (!selected.isEmpty() && !selected.contains(ref)) {
                continue;
            }
            JsonNode concept = res.path("medicationCodeableConcept");
            texts.add(concept.path("text").asText("").toLowerCase(Locale.ROOT));
            concept.path("coding").forEach(c -> texts.add(c.path("display").asText("").toLowerCase(Locale.ROOT)));
        }
        Set<String> inns = new HashSet<>();
        if (r.options() != null) {
            r.options().stream().filter(o -> o.agents() != null)
                    .forEach(o -> o.agents().forEach(a -> inns.add(a.inn().toLowerCase(Locale.ROOT))));
        }
        if (r.contraindicated() != null) {
            r.contraindicated().forEach(c -> inns.add(c.inn().toLowerCase(Locale.ROOT)));
        }
        Set<String> ordered = new HashSet<>();
        for (String inn : inns) {
            String spaced = inn.replace('-', ' ');
            if (texts.stream().anyMatch(t -> t.contains(inn) || t.contains(spaced))) {
                ordered.add(inn);
            }
        }
        return ordered;
    }

    private void record(String issuer, String hook, String hookInstance, String patientHash, Recommendation r,
            List<CdsCards.Issued> issued) {
        Instant now = Instant.now();
        List<CdsCard> rows = new ArrayList<>();
        for (CdsCards.Issued i : issued) {
            CdsCard row = new CdsCard();
            row.uuid = UUID.fromString(i.card().uuid());
            row.issuer = issuer;
            row.hook = hook;
            row.hookInstance = hookInstance;
            row.kind = i.kind();
            row.indicator = i.card().indicator();
            row.optionId = i.optionId();
            row.category = i.category();
            row.summary = i.card().summary();
            row.patientHash = patientHash;
            row.rulesVersion = r == null || r.knowledgeVersion() == null ? null : r.knowledgeVersion().rules();
            row.issuedAt = now;
            rows.add(row);
        }
        cards.record(rows);
    }
}
