package org.bcbm.recommendation.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.bcbm.common.contract.CohortAnswer;
import org.bcbm.common.contract.CohortAnswer.Item;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.RequestIds;
import org.bcbm.common.problem.Problem;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.common.problem.ProblemMappers;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import org.bcbm.recommendation.event.AuditTrail;
import org.bcbm.recommendation.rules.Engine;

/**
 * A cohort in one call (national programmes, registries): each profile answered in order, each with its own
 * errors, so one bad record never fails the others. Every answer is audited like a single one.
 */
@ApplicationScoped
public class BatchRecommendations {

    public static final int MAX_PROFILES = 10_000;

    private final Engine engine = new Engine();
    private final ObjectMapper mapper;
    private final Validator validator;
    private final KnowledgeState knowledgeState;
    private final AuditTrail audit;
    private final RecommendationService single;

    public BatchRecommendations(ObjectMapper mapper, Validator validator, KnowledgeState knowledgeState,
            AuditTrail audit, RecommendationService single) {
        this.mapper = mapper;
        this.validator = validator;
        this.knowledgeState = knowledgeState;
        this.audit = audit;
        this.single = single;
    }

    /** Answers are written in chunks of this many, each chunk's audits durable before the chunk leaves. */
    static final int CHUNK = 250;

    /**
     * Checks the cohort, then streams its answer as one {@link CohortAnswer} document: items in input order, written
     * a chunk at a time so that neither this service nor the gateway ever holds the whole answer (10,000 answers are
     * some 200 MB of JSON). {@code answered} and {@code rejected} come after the items, once they are known.
     */
    public StreamingOutput recommend(JsonNode body) {
        JsonNode profiles = body == null ? null : body.get("profiles");
        if (profiles == null || !profiles.isArray()) {
            throw ProblemException.badField("profiles", "must be an array of patient profiles");
        }
        if (profiles.size() > MAX_PROFILES) {
            throw ProblemException.badField("profiles", "holds " + profiles.size() + " profiles; at most " + MAX_PROFILES);
        }
        // one knowledge snapshot for the whole cohort: every answer is given against the same versions
        KnowledgeSnapshot knowledge = knowledgeState.forAnswer();
        String batchId = UUID.randomUUID().toString();
        return out -> {
            try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
                json.writeStartObject();
                json.writeStringField("batchId", batchId);
                json.writeNumberField("size", profiles.size());
                json.writeArrayFieldStart("items");
                int answered = 0;
                for (int from = 0; from < profiles.size(); from += CHUNK) {
                    List<Uni<Void>> audits = new ArrayList<>(CHUNK);
                    List<Item> chunk = new ArrayList<>(CHUNK);
                    for (int i = from; i < Math.min(profiles.size(), from + CHUNK); i++) {
                        Item item = answer(i, profiles.get(i), knowledge, RequestIds.newId(), audits);
                        chunk.add(item);
                        answered += item.recommendation() != null ? 1 : 0;
                    }
                    if (!audits.isEmpty()) {
                        Uni.join().all(audits).andFailFast().await().atMost(Duration.ofSeconds(60));
                    }
                    for (Item item : chunk) {
                        mapper.writeValue(json, item);
                    }
                    json.flush();
                }
                json.writeEndArray();
                json.writeNumberField("answered", answered);
                json.writeNumberField("rejected", profiles.size() - answered);
                json.writeEndObject();
            }
        };
    }

    /**
     * One profile of a cohort, validated as a batch item: its recommendation (its audit added to {@code audits}, to be
     * awaited by the caller before the answer leaves) or the problem naming its fields as {@code profiles[i].field}.
     */
    public Item answer(int index, JsonNode node, KnowledgeSnapshot knowledge, String requestId, List<Uni<Void>> audits) {
        String prefix = "profiles[" + index + "]";
        PatientProfile profile;
        try {
            profile = mapper.treeToValue(node, PatientProfile.class);
        } catch (JsonMappingException e) {
            String field = ProblemMappers.jsonPath(e.getPath());
            return new Item(index, null, problem(prefix + (field.isEmpty() ? "" : "." + field), e.getOriginalMessage()));
        } catch (Exception e) {
            return new Item(index, null, problem(prefix, "is not a patient profile"));
        }
        if (profile == null) {
            return new Item(index, null, problem(prefix, "must not be null"));
        }
        var violations = validator.validate(profile);
        if (!violations.isEmpty()) {
            List<Problem.Violation> list = violations.stream()
                    .map(v -> new Problem.Violation(prefix + "." + v.getPropertyPath(), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.Violation::field)).toList();
            return new Item(index, null, new Problem("about:blank", "Bad Request", 400,
                    list.size() + " invalid field(s)", null, list, null));
        }
        Recommendation answer = engine.recommend(profile, knowledge, requestId, Instant.now());
        audits.add(audit.issued(answer, single.pseudonym(profile.patientRef())));
        return new Item(index, answer, null);
    }

    private static Problem problem(String field, String message) {
        return new Problem("about:blank", "Bad Request", 400, field + ": " + message, null,
                List.of(new Problem.Violation(field, message)), null);
    }
}
