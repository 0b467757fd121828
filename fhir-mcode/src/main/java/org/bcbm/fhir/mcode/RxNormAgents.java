package org.bcbm.fhir.mcode;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bcbm.common.regimen.AgentSchedule;
import org.bcbm.common.regimen.AgentSchedules;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * The platform's agents (WHO INN, as {@link AgentSchedules} names them) from a medication code: first an RxNorm code
 * of the table below (only codes confirmed against a source, see docs/research/mcode-codes.md), else the text or
 * display matched against the INN list. Agents without a confirmed RxNorm code are matched by name only.
 */
final class RxNormAgents {

    /** RxNorm RXCUI to INN. IN = ingredient; SCD = a clinical drug of exactly that one ingredient. */
    static final Map<String, String> INN_BY_RXCUI = Map.ofEntries(
            Map.entry("84857", "anastrozole"),            // IN; mCODE STU4 example, OHDSI breast cancer drug mapping
            Map.entry("72965", "letrozole"),              // IN; OHDSI breast cancer drug mapping
            Map.entry("310261", "exemestane"),            // SCD exemestane 25 MG Oral Tablet; same mapping
            Map.entry("313195", "tamoxifen"),             // SCD tamoxifen 20 MG Oral Tablet; same mapping
            Map.entry("282357", "fulvestrant"),           // IN; same mapping
            Map.entry("727762", "fulvestrant"),           // SCD 5 ML fulvestrant 50 MG/ML Prefilled Syringe
            Map.entry("50610", "goserelin"),              // IN; same mapping
            Map.entry("1601374", "palbociclib"),          // IN; same mapping
            Map.entry("141704", "everolimus"),            // IN; same mapping
            Map.entry("224905", "trastuzumab"),           // IN; same mapping
            Map.entry("1298944", "pertuzumab"),           // IN; same mapping
            Map.entry("1371041", "trastuzumab emtansine"),// IN ado-trastuzumab emtansine; same mapping
            Map.entry("56946", "paclitaxel"),             // IN; mCODE STU4 example, same mapping
            Map.entry("72962", "docetaxel"),              // IN; same mapping
            Map.entry("194000", "capecitabine"),          // IN; same mapping
            Map.entry("3639", "doxorubicin"),             // IN; mCODE STU4 example, same mapping
            Map.entry("1790099", "doxorubicin"),          // SCD 10 ML doxorubicin hydrochloride 2 MG/ML Injection; mCODE
            Map.entry("3995", "epirubicin"),              // IN; same mapping
            Map.entry("1045452", "eribulin"),             // PIN eribulin mesylate; same mapping
            Map.entry("236234", "gemcitabine"),           // PIN gemcitabine hydrochloride; same mapping
            Map.entry("309311", "cisplatin"));            // SCD cisplatin 1 MG/ML Injectable Solution; mCODE STU4 example

    /** The rows above whose term type is IN (ingredient): the only codes a proposal carries for its agent. */
    private static final Set<String> INGREDIENT_RXCUIS = Set.of("84857", "72965", "282357", "50610", "1601374",
            "141704", "224905", "1298944", "1371041", "56946", "72962", "194000", "3639", "3995");

    /** INN to its ingredient RXCUI, from the confirmed table. */
    static final Map<String, String> INGREDIENT_BY_INN = INN_BY_RXCUI.entrySet().stream()
            .filter(e -> INGREDIENT_RXCUIS.contains(e.getKey()))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    /** Agents that support rather than treat the cancer: never a prior anticancer line. */
    static final Set<String> SUPPORTIVE = Set.of("denosumab", "zoledronic acid", "pamidronic acid", "dexamethasone");

    private static final Map<String, String> INN_BY_NAME = new TreeMap<>();

    static {
        for (AgentSchedule schedule : AgentSchedules.all()) {
            INN_BY_NAME.put(schedule.inn().toLowerCase(Locale.ROOT), schedule.inn());
        }
        // US names of the same INN, as RxNorm spells them
        INN_BY_NAME.put("ado-trastuzumab emtansine", "trastuzumab emtansine");
        INN_BY_NAME.put("fam-trastuzumab deruxtecan", "trastuzumab deruxtecan");
        INN_BY_NAME.put("pamidronate", "pamidronic acid");
    }

    private RxNormAgents() {
    }

    /** The INN of the agent {@code medication} names, or empty when neither its RxNorm code nor its name is known. */
    static Optional<String> inn(CodeableConcept medication) {
        if (medication == null) {
            return Optional.empty();
        }
        for (Coding coding : medication.getCoding()) {
            if (Code.RXNORM.equals(coding.getSystem()) && INN_BY_RXCUI.containsKey(coding.getCode())) {
                return Optional.of(INN_BY_RXCUI.get(coding.getCode()));
            }
        }
        Optional<String> byText = byName(medication.getText());
        if (byText.isPresent()) {
            return byText;
        }
        for (Coding coding : medication.getCoding()) {
            Optional<String> byDisplay = byName(coding.getDisplay());
            if (byDisplay.isPresent()) {
                return byDisplay;
            }
        }
        return Optional.empty();
    }

    /**
     * The INN a name starts with, as a whole word (then a space or a hyphen, as in a US suffix "-nxki"): "PACLitaxel" and "doxorubicin hydrochloride 2 MG/ML Injection" are
     * paclitaxel and doxorubicin; the longest INN wins, so "trastuzumab deruxtecan" is not trastuzumab.
     */
    static Optional<String> byName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String text = name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String best = null;
        for (Map.Entry<String, String> entry : INN_BY_NAME.entrySet()) {
            String key = entry.getKey();
            boolean whole = text.equals(key) || text.startsWith(key + " ") || text.startsWith(key + "-");
            if (whole && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best == null ? Optional.empty() : Optional.of(INN_BY_NAME.get(best));
    }
}
