package org.bcbm.gateway.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.Recommendation.Access;
import org.bcbm.common.contract.Recommendation.AgentPrice;
import org.bcbm.common.contract.Recommendation.Cost;
import org.bcbm.common.contract.Recommendation.EvidenceRef;
import org.bcbm.common.contract.Recommendation.Option;
import org.bcbm.gateway.client.AccessClient;
import org.bcbm.gateway.client.EvidenceClient;
import org.bcbm.gateway.client.RecommendationClient;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * The request path: options from recommendation-service, then evidence and access in parallel, merged into one
 * answer. A source that does not answer in time leaves its part out and is named in {@code degraded}.
 */
@ApplicationScoped
public class RecommendationMerge {

    static final String EVIDENCE = "evidence";
    static final String ACCESS = "access";

    private final RecommendationClient recommendations;
    private final EvidenceClient evidence;
    private final AccessClient access;
    private final KnowledgeCache cache;
    private final ManagedExecutor executor;
    private final ObjectMapper mapper;

    public RecommendationMerge(RecommendationClient recommendations, EvidenceClient evidence, AccessClient access,
            KnowledgeCache cache, ManagedExecutor executor, ObjectMapper mapper) {
        this.recommendations = recommendations;
        this.evidence = evidence;
        this.access = access;
        this.cache = cache;
        this.executor = executor;
        this.mapper = mapper;
    }

    public Recommendation recommend(PatientProfile profile) {
        Recommendation answer = recommendations.recommend(profile);
        Set<String> trialIds = new LinkedHashSet<>();
        answer.options().forEach(o -> o.evidence().forEach(e -> trialIds.add(e.trialId())));
        String country = profile.resourceSetting() == null ? null : profile.resourceSetting().country();

        CompletableFuture<Optional<Map<String, JsonNode>>> trials = executor.supplyAsync(() -> trials(trialIds));
        CompletableFuture<Optional<JsonNode>> costs = country == null
                ? CompletableFuture.completedFuture(Optional.of(mapper.createObjectNode()))
                : executor.supplyAsync(() -> costs(country, answer.options()));
        Optional<Map<String, JsonNode>> trialsById = ReadMerge.unwrap(trials);
        Optional<JsonNode> regimenCosts = ReadMerge.unwrap(costs);

        List<String> degraded = new ArrayList<>();
        trialsById.ifPresentOrElse(t -> { }, () -> degraded.add(EVIDENCE));
        regimenCosts.ifPresentOrElse(c -> { }, () -> degraded.add(ACCESS));
        Map<String, JsonNode> costById = new HashMap<>();
        regimenCosts.ifPresent(c -> c.path("regimens").forEach(r -> costById.put(r.path("id").asText(), r)));

        List<Option> merged = new ArrayList<>();
        for (Option o : answer.options()) {
            List<EvidenceRef> refs = trialsById.map(t -> enrich(o.evidence(), t)).orElse(o.evidence());
            JsonNode cost = costById.get(o.id());
            // a regimen without drugs (radiotherapy, surgery) has no drug cost to show
            merged.add(o.withMerged(refs, cost == null || o.agents().isEmpty() ? null : cost(cost),
                    cost == null ? o.access() : new Access(bool(cost, "available"), text(cost, "availabilityNote"),
                            bool(cost, "expectedAtTier"))));
        }
        return answer.withOptions(Recommendation.markFirstAvailable(merged), !degraded.isEmpty(), degraded);
    }

    /** Cached trials first; one round trip for the rest. Empty only when evidence-service was needed and failed. */
    Optional<Map<String, JsonNode>> trials(Set<String> ids) {
        Map<String, JsonNode> found = new HashMap<>();
        Set<String> missing = new HashSet<>();
        for (String id : ids) {
            cache.trial(id).ifPresentOrElse(t -> found.put(id, t), () -> missing.add(id));
        }
        if (missing.isEmpty()) {
            return Optional.of(found);
        }
        Optional<JsonNode> fetched = evidence.trialsForMerge(missing);
        if (fetched.isEmpty()) {
            return Optional.empty();
        }
        fetched.get().forEach(t -> {
            String id = t.path("trialId").asText();
            cache.putTrial(id, t);
            found.put(id, t);
        });
        return Optional.of(found);
    }

    Optional<JsonNode> costs(String country, List<Option> options) {
        ObjectNode request = mapper.createObjectNode().put("country", country);
        ArrayNode regimens = request.putArray("regimens");
        for (Option o : options) {
            ObjectNode r = regimens.addObject().put("id", o.id()).put("radiotherapy", o.radiotherapy() != null);
            ArrayNode agents = r.putArray("agents");
            o.agents().forEach(a -> agents.add(a.inn()));
        }
        String key = regimens.toString();
        Optional<JsonNode> cached = cache.costs(country, key);
        if (cached.isPresent()) {
            return cached;
        }
        Optional<JsonNode> answer = access.regimenCostsForMerge(request);
        answer.ifPresent(a -> cache.putCosts(country, key, a));
        return answer;
    }

    /** The live figures of each cited outcome, and the trial's name, phase, size and population. */
    static List<EvidenceRef> enrich(List<EvidenceRef> refs, Map<String, JsonNode> trials) {
        List<EvidenceRef> out = new ArrayList<>();
        for (EvidenceRef ref : refs) {
            JsonNode trial = trials.get(ref.trialId());
            if (trial == null) {
                out.add(ref);
                continue;
            }
            JsonNode outcome = null;
            for (JsonNode o : trial.path("outcomes")) {
                if (ref.endpoint().equals(o.path("endpoint").asText()) && String.valueOf(ref.analysis())
                        .equals(o.path("analysis").asText())) {
                    outcome = o;
                }
            }
            out.add(outcome == null
                    ? new EvidenceRef(ref.trialId(), ref.endpoint(), ref.hazardRatio(), ref.ci95(), ref.mcbsGrade(),
                            ref.doi(), ref.analysis(), ref.experimentalMedianMonths(), ref.controlMedianMonths(),
                            ref.pValue(), text(trial, "name"), text(trial, "phase"), integer(trial, "n"),
                            text(trial, "population"))
                    : new EvidenceRef(ref.trialId(), ref.endpoint(), decimal(outcome, "hazardRatio"),
                            decimals(outcome.path("ci95")), text(outcome, "mcbsGrade"), text(outcome, "doi"),
                            text(outcome, "analysis"), decimal(outcome, "experimentalMedianMonths"),
                            decimal(outcome, "controlMedianMonths"), text(outcome, "pValue"), text(trial, "name"),
                            text(trial, "phase"), integer(trial, "n"), text(trial, "population")));
        }
        return out;
    }

    static Cost cost(JsonNode regimen) {
        List<AgentPrice> prices = new ArrayList<>();
        regimen.path("agents").forEach(a -> {
            JsonNode p = a.path("price");
            if (p.isObject()) {
                prices.add(new AgentPrice(text(a, "inn"), decimal(p, "amount"), text(p, "currency"), text(p, "per"),
                        text(p, "source"), text(p, "asOf"), decimal(a, "annualCost")));
            }
        });
        return new Cost(text(regimen, "currency"), decimal(regimen, "annualCost"), decimal(regimen, "annualCostUsd"),
                bool(regimen, "genericAvailable"), bool(regimen, "onWhoEssentialList"), text(regimen, "costNote"),
                prices, affordability(regimen.path("affordability")));
    }

    private static Recommendation.Affordability affordability(JsonNode a) {
        return a.isObject() ? new Recommendation.Affordability(decimal(a, "shareOfGniPerCapita"), bool(a, "catastrophic"),
                decimal(a, "gniPerCapitaUsd"), integer(a, "gniYear"), text(a, "gniSource")) : null;
    }

    private static String text(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }

    private static Boolean bool(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asBoolean() : null;
    }

    private static Integer integer(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asInt() : null;
    }

    private static BigDecimal decimal(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).decimalValue() : null;
    }

    private static List<BigDecimal> decimals(JsonNode array) {
        if (!array.isArray()) {
            return null;
        }
        List<BigDecimal> list = new ArrayList<>();
        array.forEach(v -> list.add(v.decimalValue()));
        return list;
    }
}
