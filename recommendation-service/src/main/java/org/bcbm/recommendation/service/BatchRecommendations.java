package org.bcbm.recommendation.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.bcbm.common.contract.CohortAnswer;
import org.bcbm.common.contract.CohortAnswer.Item;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.RequestIds;
import org.bcbm.common.problem.Problem;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.common.problem.ProblemMappers;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
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
    public static final int CHUNK = 250;
    /** Chunks answered ahead of the one being written. */
    public static final int CHUNKS_AHEAD = 2;

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
                int written = 0;
                // chunks are answered and written to text ahead, on worker threads, while this one writes the
                // chunk before them: both cores work on a cohort, and items still leave in input order
                Deque<CompletableFuture<Chunk>> ahead = new ArrayDeque<>();
                int next = 0;
                while (next < profiles.size() || !ahead.isEmpty()) {
                    while (next < profiles.size() && ahead.size() < CHUNKS_AHEAD) {
                        int from = next;
                        ahead.add(CompletableFuture.supplyAsync(() -> chunk(profiles, from, knowledge),
                                Infrastructure.getDefaultWorkerPool()));
                        next += CHUNK;
                    }
                    Chunk chunk = ahead.remove().join();
                    if (!chunk.audits().isEmpty()) {
                        Uni.join().all(chunk.audits()).andFailFast().await().atMost(Duration.ofSeconds(60));
                    }
                    // the items are UTF-8 already: they go to the stream as they are, without passing them through
                    // the generator, which would re-encode every character of some 200 MB
                    json.flush();
                    for (byte[] item : chunk.items()) {
                        if (written++ > 0) {
                            out.write(',');
                        }
                        out.write(item);
                    }
                    out.flush();
                    answered += chunk.answered();
                }
                json.writeEndArray();
                json.writeNumberField("answered", answered);
                json.writeNumberField("rejected", profiles.size() - answered);
                json.writeEndObject();
            }
        };
    }

    /** One chunk's items as UTF-8 JSON, in input order, with the audits that must be durable before it leaves. */
    record Chunk(List<byte[]> items, List<Uni<Void>> audits, int answered) {
    }

    private Chunk chunk(JsonNode profiles, int from, KnowledgeSnapshot knowledge) {
        List<Uni<Void>> audits = new ArrayList<>(CHUNK);
        List<byte[]> items = new ArrayList<>(CHUNK);
        int answered = 0;
        for (int i = from; i < Math.min(profiles.size(), from + CHUNK); i++) {
            Item item = answer(i, profiles.get(i), knowledge, RequestIds.newId(), audits);
            answered += item.recommendation() != null ? 1 : 0;
            try {
                items.add(mapper.writeValueAsBytes(item));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("a cohort item is not serialisable", e);
            }
        }
        return new Chunk(items, audits, answered);
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
