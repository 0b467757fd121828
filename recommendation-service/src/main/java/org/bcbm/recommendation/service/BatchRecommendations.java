package org.bcbm.recommendation.service;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.bcbm.common.contract.CohortAnswer;
import org.bcbm.common.contract.CohortAnswer.Item;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
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

    public CohortAnswer recommend(JsonNode body) {
        JsonNode profiles = body == null ? null : body.get("profiles");
        if (profiles == null || !profiles.isArray()) {
            throw ProblemException.badField("profiles", "must be an array of patient profiles");
        }
        if (profiles.size() > MAX_PROFILES) {
            throw ProblemException.badField("profiles", "holds " + profiles.size() + " profiles; at most " + MAX_PROFILES);
        }
        // one knowledge snapshot for the whole cohort: every answer is given against the same versions
        KnowledgeSnapshot knowledge = knowledgeState.forAnswer();
        List<Uni<Void>> audits = new ArrayList<>(profiles.size());
        String batchId = UUID.randomUUID().toString();
        List<Item> items = new ArrayList<>(profiles.size());
        int answered = 0;
        for (int i = 0; i < profiles.size(); i++) {
            String prefix = "profiles[" + i + "]";
            PatientProfile profile;
            try {
                profile = mapper.treeToValue(profiles.get(i), PatientProfile.class);
            } catch (JsonMappingException e) {
                String field = ProblemMappers.jsonPath(e.getPath());
                items.add(new Item(i, null, problem(prefix + (field.isEmpty() ? "" : "." + field),
                        e.getOriginalMessage())));
                continue;
            } catch (Exception e) {
                items.add(new Item(i, null, problem(prefix, "is not a patient profile")));
                continue;
            }
            if (profile == null) {
                items.add(new Item(i, null, problem(prefix, "must not be null")));
                continue;
            }
            var violations = validator.validate(profile);
            if (!violations.isEmpty()) {
                List<Problem.Violation> list = violations.stream()
                        .map(v -> new Problem.Violation(prefix + "." + v.getPropertyPath(), v.getMessage()))
                        .sorted(Comparator.comparing(Problem.Violation::field)).toList();
                items.add(new Item(i, null, new Problem("about:blank", "Bad Request", 400,
                        list.size() + " invalid field(s)", null, list)));
                continue;
            }
            Recommendation answer = engine.recommend(profile, knowledge, UUID.randomUUID().toString(), Instant.now());
            audits.add(audit.issued(answer, single.pseudonym(profile.patientRef())));
            items.add(new Item(i, answer, null));
            answered++;
        }
        if (!audits.isEmpty()) {
            // every answer's audit is durable before the cohort's answers leave
            Uni.join().all(audits).andFailFast().await().atMost(Duration.ofSeconds(60));
        }
        return new CohortAnswer(batchId, profiles.size(), answered, profiles.size() - answered, items);
    }

    private static Problem problem(String field, String message) {
        return new Problem("about:blank", "Bad Request", 400, field + ": " + message, null,
                List.of(new Problem.Violation(field, message)));
    }
}
