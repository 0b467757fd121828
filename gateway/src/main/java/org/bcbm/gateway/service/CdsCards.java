package org.bcbm.gateway.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bcbm.common.contract.RandomIds;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.fhir.mcode.MedicationCodes;
import org.bcbm.gateway.CdsHooks;
import org.bcbm.gateway.CdsHooks.Card;

/**
 * Turns a merged recommendation into CDS Hooks cards: one per category's leading option, a warning (or critical)
 * card per contraindication and safety rule, and an info card for what is missing. Every figure comes from the
 * recommendation as it is; nothing is added that it does not say.
 */
public final class CdsCards {

    public static final int SUMMARY_MAX = 140;
    public static final String OVERRIDE_SYSTEM = "urn:bcbm-navigator:cds-override-reason";

    /** A card with what feedback on it needs to know. */
    public record Issued(Card card, String kind, String optionId, String category) {
    }

    private static final Map<String, String> CATEGORY = Map.of("systemic", "Systemic therapy",
            "bone_modifying", "Bone-modifying agent", "radiotherapy", "Radiotherapy", "surgery", "Surgery",
            "supportive", "Supportive care");
    private static final List<CdsHooks.Coding> OVERRIDE_REASONS = List.of(
            new CdsHooks.Coding("not-available", OVERRIDE_SYSTEM, "Not available or not affordable for this patient"),
            new CdsHooks.Coding("patient-declined", OVERRIDE_SYSTEM, "Patient declined"),
            new CdsHooks.Coding("tumour-board-decision", OVERRIDE_SYSTEM, "Tumour board decided otherwise"),
            new CdsHooks.Coding("data-incorrect", OVERRIDE_SYSTEM, "Patient data in the record is incorrect"),
            new CdsHooks.Coding("clinical-judgement", OVERRIDE_SYSTEM, "Clinical judgement differs"));

    private final ObjectMapper mapper;
    private final String baseUrl;
    private final String patientId;

    /** @param baseUrl the gateway's public base URL, for the forest-plot links */
    public CdsCards(ObjectMapper mapper, String baseUrl, String patientId) {
        this.mapper = mapper;
        this.baseUrl = baseUrl;
        this.patientId = patientId;
    }

    /** patient-view: the leading options, the safety cards and the info card. */
    public List<Issued> patientView(Recommendation r, List<String> missing) {
        List<Recommendation.Option> leading = leading(r);
        List<Issued> cards = new ArrayList<>(safety(r, leading));
        cards.addAll(leading.stream().map(o -> option(r, o)).toList());
        info(r, missing).ifPresent(cards::add);
        return cards;
    }

    /**
     * order-select: the safety cards that concern what is being ordered (a contraindicated agent is critical), plus
     * the info card; options are not offered again while the clinician is ordering.
     */
    public List<Issued> orderSelect(Recommendation r, Set<String> orderedAgents, List<String> missing) {
        List<Issued> cards = new ArrayList<>();
        for (Recommendation.Contraindication c : nullSafe(r.contraindicated())) {
            if (orderedAgents.contains(c.inn().toLowerCase(Locale.ROOT))) {
                cards.add(contraindication(r, c, "critical"));
            }
        }
        List<Recommendation.Option> ordered = nullSafe(r.options()).stream()
                .filter(o -> nullSafe(o.agents()).stream()
                        .anyMatch(a -> orderedAgents.contains(a.inn().toLowerCase(Locale.ROOT))))
                .toList();
        cards.addAll(warnings(r, ordered));
        info(r, missing).ifPresent(cards::add);
        return cards;
    }

    /** Only an info card: the profile could not be built, so there is no recommendation to show. */
    public List<Issued> missingOnly(List<String> missing) {
        return info(null, missing).stream().toList();
    }

    private static List<Recommendation.Option> leading(Recommendation r) {
        Map<String, Recommendation.Option> leading = new LinkedHashMap<>();
        for (Recommendation.Option o : nullSafe(r.options())) {
            leading.merge(o.category(), o, (a, b) -> b.rank() < a.rank() ? b : a);
        }
        return List.copyOf(leading.values());
    }

    private Issued option(Recommendation r, Recommendation.Option o) {
        String category = CATEGORY.getOrDefault(o.category(), o.category());
        StringBuilder d = new StringBuilder();
        d.append("**").append(o.regimen()).append("**");
        if (o.schedule() != null) {
            d.append(" — ").append(o.schedule());
        }
        d.append("\n\n");
        if (o.rationale() != null) {
            d.append(o.rationale()).append("\n\n");
        }
        List<Recommendation.EvidenceRef> evidence = nullSafe(o.evidence());
        if (evidence.isEmpty()) {
            d.append("Evidence: no trial result with a hazard ratio on file for this option");
            if (o.sources() != null && !o.sources().isEmpty()) {
                d.append("; sources: ").append(String.join("; ", o.sources()));
            }
            d.append(".\n\n");
        } else {
            d.append("| Trial | Endpoint | Effect (95 % CI) | ESMO-MCBS |\n|---|---|---|---|\n");
            for (Recommendation.EvidenceRef e : evidence) {
                d.append("| ").append(e.trialId() != null ? e.trialId() : e.trialName())
                        .append(e.trialName() != null && !e.trialName().equals(e.trialId()) ? " — " + e.trialName() : "")
                        .append(e.doi() != null ? " ([doi:" + e.doi() + "](https://doi.org/" + e.doi() + "))"
                                : e.citation() != null ? " (" + e.citation() + ")" : "")
                        .append(" | ").append(nz(e.endpoint()))
                        .append(" | ").append(effect(e))
                        .append(" | ").append(grade(e)).append(" |\n");
            }
            d.append('\n');
        }
        d.append("Cost: ").append(cost(o.cost())).append("\n\n");
        d.append("Availability: ").append(access(o.access()));
        if (Boolean.TRUE.equals(o.firstAvailable())) {
            d.append(" — the first option of this category that can be had in the patient's country");
        }
        d.append(".\n");
        if (o.warnings() != null && !o.warnings().isEmpty()) {
            d.append("\nSafety: ").append(String.join("; ", o.warnings())).append('\n');
        }
        List<CdsHooks.Link> links = new ArrayList<>();
        Set<String> dois = new LinkedHashSet<>();
        evidence.stream().map(Recommendation.EvidenceRef::doi).filter(x -> x != null).forEach(dois::add);
        dois.forEach(doi -> links.add(new CdsHooks.Link("DOI " + doi, "https://doi.org/" + doi, "absolute")));
        String trials = evidence.stream().map(Recommendation.EvidenceRef::trialId).filter(x -> x != null).distinct()
                .collect(Collectors.joining(","));
        if (!trials.isEmpty()) {
            links.add(new CdsHooks.Link("Forest plot (BCBM Navigator)", baseUrl + "/api/v1/forest-plot.svg?trials="
                    + URLEncoder.encode(trials, StandardCharsets.UTF_8), "absolute"));
        }
        Card card = Card.builder()
                .uuid(RandomIds.uuid().toString())
                .summary(summary(category + ": " + o.regimen() + headline(evidence)))
                .indicator("info")
                .detail(d.toString())
                .source(source(r, o.sources()))
                .suggestions(suggestions(o))
                .selectionBehavior(null)
                .overrideReasons(OVERRIDE_REASONS)
                .links(links)
                .build();
        return new Issued(card, "option", o.id(), o.category());
    }

    /** The first result with a hazard ratio, short enough for the summary line. */
    private static String headline(List<Recommendation.EvidenceRef> evidence) {
        return evidence.stream().filter(e -> e.hazardRatio() != null).findFirst()
                .map(e -> " (" + (e.trialId() != null ? e.trialId() : e.trialName()) + " " + nz(e.endpoint())
                        + " HR " + e.hazardRatio().toPlainString() + ")")
                .orElse("");
    }

    private static String effect(Recommendation.EvidenceRef e) {
        if (e.hazardRatio() == null) {
            return "not reported";
        }
        String measure = "rate_ratio".equals(e.effectMeasure()) ? "RR " : "HR ";
        String ci = e.ci95() != null && e.ci95().size() == 2
                ? " (" + e.ci95().get(0).toPlainString() + "–" + e.ci95().get(1).toPlainString() + ")" : " (CI not on file)";
        return measure + e.hazardRatio().toPlainString() + ci;
    }

    private static String grade(Recommendation.EvidenceRef e) {
        if (e.mcbsGrade() != null) {
            return e.mcbsGrade();
        }
        if (Boolean.FALSE.equals(e.mcbsGradable())) {
            return "not gradable" + (e.mcbsNotGradableReason() != null ? " (" + e.mcbsNotGradableReason() + ")" : "");
        }
        return "not graded";
    }

    private static String cost(Recommendation.Cost c) {
        if (c == null || c.annualCost() == null) {
            return c != null && c.note() != null ? "no sourced price (" + c.note() + ")" : "no sourced price on file";
        }
        StringBuilder s = new StringBuilder(nz(c.currency())).append(' ').append(money(c.annualCost())).append(" a year");
        if (c.affordability() != null && c.affordability().shareOfGniPerCapita() != null) {
            s.append(" (").append(c.affordability().shareOfGniPerCapita().toPlainString())
                    .append(" of GNI per capita").append(Boolean.TRUE.equals(c.affordability().catastrophic())
                            ? ", catastrophic" : "").append(')');
        }
        if (c.note() != null) {
            s.append("; ").append(c.note());
        }
        return s.toString();
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }

    private static String access(Recommendation.Access a) {
        if (a == null) {
            return "unknown";
        }
        String said = a.available() == null ? "no source says"
                : a.available() ? "available" : "not available";
        if (a.available() == null && a.expectedAtTier() != null) {
            said += a.expectedAtTier() ? " (expected at the country's resource tier)" : " (not expected at the country's resource tier)";
        }
        return a.note() == null ? said : said + " — " + a.note();
    }

    /**
     * One proposal per option with agents: a draft MedicationRequest per agent, intent proposal, the medicine by INN
     * with its RxNorm ingredient code where a confirmed one exists ({@link MedicationCodes}); never a guessed code.
     */
    private List<CdsHooks.Suggestion> suggestions(Recommendation.Option o) {
        if (!("systemic".equals(o.category()) || "bone_modifying".equals(o.category())) || o.agents() == null
                || o.agents().isEmpty()) {
            return List.of();
        }
        List<CdsHooks.Action> actions = new ArrayList<>();
        for (Recommendation.Agent agent : o.agents()) {
            ObjectNode request = mapper.createObjectNode();
            request.put("resourceType", "MedicationRequest");
            request.put("status", "draft");
            request.put("intent", "proposal");
            ObjectNode medication = request.putObject("medicationCodeableConcept");
            medication.put("text", agent.inn());
            MedicationCodes.rxnormIngredient(agent.inn()).ifPresent(rxcui -> medication.putArray("coding").addObject()
                    .put("system", MedicationCodes.RXNORM).put("code", rxcui).put("display", agent.inn()));
            request.putObject("subject").put("reference", "Patient/" + patientId);
            if (o.schedule() != null) {
                ArrayNode dosage = request.putArray("dosageInstruction");
                dosage.addObject().put("text", o.schedule());
            }
            ArrayNode notes = request.putArray("note");
            notes.addObject().put("text", "Proposed by BCBM Navigator for " + o.regimen() + " (" + o.id() + ")");
            actions.add(new CdsHooks.Action("create", "Propose " + agent.inn() + " (" + o.regimen() + ")", request));
        }
        return List.of(new CdsHooks.Suggestion(summary("Propose " + o.regimen()), RandomIds.uuid().toString(),
                o.rank() == 1, actions));
    }

    private List<Issued> safety(Recommendation r, List<Recommendation.Option> options) {
        List<Issued> cards = new ArrayList<>();
        for (Recommendation.Contraindication c : nullSafe(r.contraindicated())) {
            cards.add(contraindication(r, c, "warning"));
        }
        cards.addAll(warnings(r, options));
        return cards;
    }

    private Issued contraindication(Recommendation r, Recommendation.Contraindication c, String indicator) {
        Card card = Card.builder()
                .uuid(RandomIds.uuid().toString())
                .summary(summary("Contraindicated: " + c.inn() + " — " + c.reason()))
                .indicator(indicator)
                .detail("**" + c.inn() + "** is contraindicated for this patient: " + c.reason()
                        + ".\n\nIt is left out of every option.")
                .source(source(r, List.of()))
                .overrideReasons(OVERRIDE_REASONS)
                .build();
        return new Issued(card, "safety", c.inn(), null);
    }

    /**
     * One card per option shown (or ordered) that has safety rules, listing them all: a card per rule buried the
     * clinician under a dozen monitoring reminders. Spinal cord compression is an emergency: critical.
     */
    private List<Issued> warnings(Recommendation r, List<Recommendation.Option> options) {
        List<Issued> cards = new ArrayList<>();
        for (Recommendation.Option o : nullSafe(options)) {
            List<String> rules = nullSafe(o.warnings());
            if (rules.isEmpty()) {
                continue;
            }
            boolean cord = rules.stream().anyMatch(w -> w.toLowerCase(Locale.ROOT).contains("cord compression"));
            StringBuilder detail = new StringBuilder("Before and during **").append(o.regimen()).append("**:\n\n");
            rules.forEach(w -> detail.append("- ").append(w).append('\n'));
            Card card = Card.builder()
                    .uuid(RandomIds.uuid().toString())
                    .summary(summary("Safety — " + o.regimen() + ": " + String.join("; ", rules)))
                    .indicator(cord ? "critical" : "warning")
                    .detail(detail.toString())
                    .source(source(r, o.sources()))
                    .overrideReasons(OVERRIDE_REASONS)
                    .build();
            cards.add(new Issued(card, "safety", o.id(), o.category()));
        }
        return cards;
    }

    private Optional<Issued> info(Recommendation r, List<String> missingKeys) {
        List<String> missing = new ArrayList<>(missingKeys);
        if (r != null) {
            nullSafe(r.missingData()).forEach(m -> {
                if (!missing.contains(m)) {
                    missing.add(m);
                }
            });
        }
        List<Recommendation.RecommendedTest> tests = r == null ? List.of() : nullSafe(r.recommendedTests());
        if (missing.isEmpty() && tests.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder d = new StringBuilder();
        if (!missing.isEmpty()) {
            d.append("Not in the record, so not used (nothing is guessed):\n\n");
            missing.forEach(m -> d.append("- ").append(m).append('\n'));
            d.append('\n');
        }
        if (!tests.isEmpty()) {
            d.append("Recommended tests:\n\n");
            tests.forEach(t -> d.append("- **").append(t.test()).append("**: ").append(t.reason()).append('\n'));
        }
        String summary = r == null
                ? "No recommendation: " + missing.size() + " item" + (missing.size() == 1 ? "" : "s")
                        + " the options depend on are missing from the record"
                : missing.isEmpty() ? "Recommended tests: " + tests.stream().map(Recommendation.RecommendedTest::test)
                        .collect(Collectors.joining(", "))
                        : "Missing data: " + String.join(", ", missing);
        Card card = Card.builder()
                .uuid(RandomIds.uuid().toString())
                .summary(summary(summary))
                .indicator("info")
                .detail(d.toString())
                .source(source(r, List.of()))
                .build();
        return Optional.of(new Issued(card, "missing-data", null, null));
    }

    private static CdsHooks.Source source(Recommendation r, List<String> sources) {
        String rules = r == null || r.knowledgeVersion() == null ? null : r.knowledgeVersion().rules();
        StringBuilder label = new StringBuilder("BCBM Navigator");
        List<String> cited = nullSafe(sources);
        label.append(" — ").append(cited.isEmpty() ? "ESMO metastatic breast cancer guideline" : String.join("; ", cited));
        if (rules != null) {
            label.append(" (rules ").append(rules).append(')');
        }
        return new CdsHooks.Source(label.toString(), null, null);
    }

    /** At most 140 characters, as the spec requires; cut at a word with an ellipsis. */
    public static String summary(String text) {
        String s = text.replaceAll("\\s+", " ").trim();
        if (s.length() <= SUMMARY_MAX) {
            return s;
        }
        String cut = s.substring(0, SUMMARY_MAX - 1);
        int space = cut.lastIndexOf(' ');
        return (space > 100 ? cut.substring(0, space) : cut) + "…";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
