package org.bcbm.gateway.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.Recommendation.Access;
import org.bcbm.common.contract.Recommendation.Agent;
import org.bcbm.common.contract.Recommendation.Contraindication;
import org.bcbm.common.contract.Recommendation.Cost;
import org.bcbm.common.contract.Recommendation.EvidenceRef;
import org.bcbm.common.contract.Recommendation.KnowledgeVersion;
import org.bcbm.common.contract.Recommendation.Option;
import org.bcbm.common.contract.Recommendation.Radiotherapy;
import org.bcbm.common.contract.Recommendation.RecommendedTest;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.RelatedArtifact;
import org.hl7.fhir.r4.model.RequestGroup;
import org.hl7.fhir.r4.model.RequestGroup.RequestGroupActionComponent;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real engine's answers (one profile per subtype and bone situation), and generated recommendations of every
 * subtype and shape the engine gives (every category, one- and many-agent regimens,
 * radiotherapy with its dose, options without evidence, hazard and rate ratios, DOIs and DOI-less citations,
 * secondary sources, not-gradable results, partial answers) export as FHIR R4 that HAPI's instance validator,
 * offline against the base R4 specification, finds no error in; and the export keeps the answer's order and facts.
 */
class RecommendationExportIsAValidR4RequestGroupTest {

    static final List<String> SUBTYPES = List.of("HR+/HER2-", "HR+/HER2+", "HR-/HER2+", "TNBC");

    private static FhirContext fhir;
    private static FhirValidator validator;

    @BeforeAll
    static void validator() {
        fhir = FhirContext.forR4Cached();
        ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(fhir),
                new InMemoryTerminologyServerValidationSupport(fhir), new CommonCodeSystemsTerminologyService(fhir));
        validator = fhir.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    @Test
    void everyGeneratedRecommendationIsAValidR4BundleWithoutErrors() {
        List<Recommendation> recommendations = new ArrayList<>();
        Random random = new Random(20261130);
        for (String subtype : SUBTYPES) {
            for (int line = 1; line <= 3; line++) {
                for (int variant = 0; variant < 6; variant++) {
                    recommendations.add(recommendation(subtype, line, variant, random));
                }
            }
        }
        assertEquals(List.of(), validate("generated", recommendations));
    }

    @Test
    void everyAnswerOfTheRealEngineIsAValidR4BundleWithoutErrors() throws IOException {
        // written by recommendation-service's EngineAnswersForTheFhirExportTest, which fails when they are stale
        List<Recommendation> answers;
        try (InputStream in = getClass().getResourceAsStream("/engine-answers.json")) {
            answers = new ObjectMapper().findAndRegisterModules().readValue(in, new TypeReference<List<Recommendation>>() {
            });
        }
        assertTrue(answers.size() >= 10, "engine answers on file: " + answers.size());
        assertTrue(answers.stream().map(Recommendation::subtype).distinct().count() >= 4, "every subtype");
        assertEquals(List.of(), validate("engine", answers));
        // kept for a reader who wants to see what an EHR receives
        Path out = Files.createDirectories(Path.of("target", "fhir-r4-engine-answers"));
        for (Recommendation r : answers) {
            Files.writeString(out.resolve(r.requestId() + ".json"), fhir.newJsonParser().setPrettyPrint(true)
                    .encodeResourceToString(RecommendationRequestGroup.bundle(r)));
        }
    }

    /** Validates each answer's Bundle as served (encoded, then read back); prints counts and warnings; the errors. */
    private static List<String> validate(String what, List<Recommendation> recommendations) {
        List<String> errors = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        Map<String, Integer> resources = new TreeMap<>();
        for (Recommendation r : recommendations) {
            String json = RecommendationRequestGroup.json(r);
            Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, json);
            RequestGroup group = (RequestGroup) bundle.getEntryFirstRep().getResource();
            resources.merge("RequestGroup", 1, Integer::sum);
            group.getContained().forEach(c -> resources.merge(c.fhirType(), 1, Integer::sum));
            ValidationResult result = validator.validateWithResult(json);
            for (SingleValidationMessage m : result.getMessages()) {
                if (m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                    errors.add(r.requestId() + " " + m.getLocationString() + ": " + m.getMessage());
                } else if (m.getSeverity() == ResultSeverityEnum.WARNING) {
                    warnings.merge(m.getMessage(), 1, Integer::sum);
                }
            }
        }
        System.out.printf("FHIR R4 recommendation export (%s): %d bundles, resources %s, %d errors, %d warnings%n",
                what, recommendations.size(), resources, errors.size(),
                warnings.values().stream().mapToInt(Integer::intValue).sum());
        warnings.forEach((message, count) -> System.out.printf("  warning x%d: %s%n", count, message));
        return errors;
    }

    @Test
    void optionsAreGroupedByCategoryInRankOrderWithTheirRequestsAndEvidence() {
        Recommendation r = recommendation("HR+/HER2-", 1, 0, new Random(1));
        String json = RecommendationRequestGroup.json(r);
        RequestGroup group = (RequestGroup) fhir.newJsonParser().parseResource(Bundle.class, json)
                .getEntryFirstRep().getResource();
        assertEquals("proposal", group.getIntent().toCode());
        assertEquals(List.of("Systemic therapy", "Bone-modifying agent", "Radiotherapy", "Surgery", "Supportive care"),
                group.getAction().stream().map(RequestGroupActionComponent::getTitle).toList());

        RequestGroupActionComponent systemic = group.getActionFirstRep();
        assertEquals(List.of("1", "2", "3"), systemic.getAction().stream().map(a -> a.getPrefix()).toList());
        RequestGroupActionComponent first = systemic.getActionFirstRep();
        assertEquals("Letrozole + ribociclib", first.getTitle());
        // two agents: one proposal each, both together
        assertEquals(2, first.getAction().size());
        MedicationRequest ribociclib = (MedicationRequest) contained(group,
                first.getAction().get(1).getResource().getReference());
        assertEquals("ribociclib", ribociclib.getMedicationCodeableConcept().getText());
        assertTrue(ribociclib.getMedicationCodeableConcept().getCoding().isEmpty(), "no unconfirmed RxNorm code");
        MedicationRequest letrozole = (MedicationRequest) contained(group,
                first.getAction().get(0).getResource().getReference());
        assertEquals("letrozole", letrozole.getMedicationCodeableConcept().getText());
        assertEquals("http://www.nlm.nih.gov/research/umls/rxnorm",
                letrozole.getMedicationCodeableConcept().getCodingFirstRep().getSystem());
        assertEquals("72965", letrozole.getMedicationCodeableConcept().getCodingFirstRep().getCode(),
                "the confirmed RxNorm ingredient code of letrozole");
        assertEquals("proposal", ribociclib.getIntent().toCode());

        RelatedArtifact os = first.getDocumentationFirstRep();
        assertEquals("citation", os.getType().toCode());
        assertEquals("https://doi.org/10.1056/NEJMoa2114663", os.getUrl());
        assertTrue(os.getDisplay().contains("hazard ratio 0.76 (95% CI 0.63-0.93)"), os.getDisplay());
        assertTrue(os.getDisplay().contains("ESMO-MCBS grade 4"), os.getDisplay());
        assertTrue(first.getDocumentation().stream().anyMatch(d -> d.getType().toCode().equals("justification")
                && "https://doi.org/10.1016/j.annonc.2021.09.019".equals(d.getUrl())));

        RequestGroupActionComponent radiotherapy = group.getAction().get(2).getActionFirstRep();
        ServiceRequest ebrt = (ServiceRequest) contained(group, radiotherapy.getResource().getReference());
        assertEquals("8 Gy in 1 fraction", ebrt.getOrderDetailFirstRep().getText());
        assertTrue(group.getNote().stream().anyMatch(n -> n.getText().startsWith("Contraindicated: ")));
    }

    /** The validator is not lenient: a MedicationRequest without its subject and intent is an error. */
    @Test
    void theSameValidatorRejectsAProposalWithoutSubjectAndIntent() {
        String bad = """
                {"resourceType":"MedicationRequest","id":"x","status":"draft",
                 "text":{"status":"generated","div":"<div xmlns=\\"http://www.w3.org/1999/xhtml\\">x</div>"},
                 "medicationCodeableConcept":{"text":"letrozole"}}
                """;
        List<String> errors = validator.validateWithResult(bad).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(SingleValidationMessage::getMessage).toList();
        assertTrue(errors.stream().anyMatch(m -> m.contains("subject")), errors.toString());
        assertTrue(errors.stream().anyMatch(m -> m.contains("intent")), errors.toString());
    }

    private static Resource contained(RequestGroup group, String reference) {
        return group.getContained().stream().filter(c -> ("#" + c.getIdElement().getIdPart()).equals(reference)
                || c.getId().equals(reference)).findFirst().orElseThrow(() -> new AssertionError(reference));
    }

    /** One answer shaped as the engine shapes them; the variant switches which optional parts are present. */
    static Recommendation recommendation(String subtype, int line, int variant, Random random) {
        List<Option> options = new ArrayList<>();
        List<Option> systemic = systemic(subtype, variant);
        for (int i = 0; i < systemic.size(); i++) {
            options.add(ranked(systemic.get(i), i + 1));
        }
        options.add(option("zoledronic-acid", 1, "bone_modifying", "Zoledronic acid 4 mg IV every 12 weeks",
                List.of("zoledronic acid"), "4 mg IV every 12 weeks", List.of(zoledronic(variant)), variant));
        options.add(option("denosumab", 2, "bone_modifying", "Denosumab 120 mg SC every 4 weeks",
                List.of("denosumab"), "120 mg SC every 4 weeks", List.of(stopeck(variant)), variant));
        if (variant % 3 != 2) {
            options.add(radiotherapy("radiotherapy-8gy-single-fraction", 1, 8, 1, variant));
            options.add(radiotherapy("radiotherapy-20gy-5-fractions", 2, 20, 5, variant));
        }
        if (variant % 2 == 0) {
            options.add(option("surgical-stabilisation", 1, "surgery", "Surgical stabilisation of an impending "
                    + "fracture (Mirels score >= 9) & post-operative radiotherapy", List.of(), null, List.of(), variant));
        }
        options.add(option("calcium-vitamin-d", 1, "supportive", "Calcium and vitamin D supplementation",
                List.of("calcium carbonate", "colecalciferol"), variant == 4 ? null : "daily", List.of(), variant));
        if (variant == 5) {
            options.add(option("dental-review", 2, "supportive", "Dental review before a bone-modifying agent",
                    List.of(), null, List.of(), variant));
        }
        return new Recommendation(variant == 3 ? "not-a-uuid/" + line : UUID.nameUUIDFromBytes(
                (subtype + line + variant + random.nextInt()).getBytes()).toString(),
                Instant.parse("2026-11-30T10:00:00Z"), new KnowledgeVersion("evidence-v1", "bcbm-rules test", "access-v1"),
                subtype, variant == 1, false, subtype.startsWith("HR+") ? "sensitive" : null, variant == 4 ? null : line,
                options, List.of(new Contraindication("denosumab", "hypocalcaemia must be corrected first")),
                variant == 2 ? List.of() : List.of(new RecommendedTest("PIK3CA", "alpelisib or capivasertib eligibility")),
                variant == 0 ? List.of("clinical.creatinineClearanceMlMin") : List.of(),
                List.of("Bone details were given & 'bone' is among metastases.sites <checked>."), variant == 5,
                variant == 5 ? List.of("access") : List.of(),
                "Decision support for clinicians, not a substitute for clinical judgement or a multidisciplinary tumour board.");
    }

    private static List<Option> systemic(String subtype, int variant) {
        String esmo = "ESMO Clinical Practice Guideline for metastatic breast cancer (Gennari A et al. Ann Oncol "
                + "2021;32:1475-1495, doi:10.1016/j.annonc.2021.09.019)";
        return switch (subtype) {
            case "HR+/HER2-" -> List.of(
                    withSources(option("letrozole-ribociclib", 0, "systemic", "Letrozole + ribociclib",
                            List.of("letrozole", "ribociclib"), "letrozole 2.5 mg daily; ribociclib 600 mg days 1-21 q28d",
                            List.of(monaleesa2()), variant), List.of(esmo, "ABC 7 consensus (no DOI named)")),
                    option("letrozole-palbociclib", 0, "systemic", "Letrozole + palbociclib",
                            List.of("letrozole", "palbociclib"), null, List.of(paloma2(variant)), variant),
                    option("letrozole", 0, "systemic", "Letrozole", List.of("letrozole"), "2.5 mg daily", List.of(),
                            variant));
            case "HR+/HER2+", "HR-/HER2+" -> List.of(
                    option("cleopatra", 0, "systemic", "Pertuzumab + trastuzumab + docetaxel",
                            List.of("pertuzumab", "trastuzumab", "docetaxel"), "every 3 weeks", List.of(cleopatra()),
                            variant),
                    option("t-dxd", 0, "systemic", "Trastuzumab deruxtecan", List.of("trastuzumab deruxtecan"),
                            "5.4 mg/kg every 3 weeks", List.of(), variant));
            default -> List.of(
                    option("sacituzumab", 0, "systemic", "Sacituzumab govitecan", List.of("sacituzumab govitecan"),
                            "10 mg/kg days 1 and 8 q21d", List.of(secondarySource()), variant),
                    option("capecitabine", 0, "systemic", "Capecitabine", List.of("capecitabine"), null,
                            List.of(doiLess()), variant));
        };
    }

    private static Option option(String id, int rank, String category, String regimen, List<String> agents,
            String schedule, List<EvidenceRef> evidence, int variant) {
        return new Option(id, rank, category, regimen, agents.stream().map(Agent::new).toList(), schedule,
                variant == 4 ? null : "Guideline-preferred for this profile", evidence, List.of(),
                variant == 5 ? null : new Cost("GBP", new BigDecimal("38501.53"), null, false, false, null, List.of(), null),
                variant == 5 ? null : new Access(variant == 2 ? null : Boolean.TRUE, "every agent is available"),
                null, variant == 1 ? List.of("QTc monitoring: ECG at baseline & day 14") : List.of(), null);
    }

    private static Option ranked(Option o, int rank) {
        return new Option(o.id(), rank, o.category(), o.regimen(), o.agents(), o.schedule(), o.rationale(),
                o.evidence(), o.sources(), o.cost(), o.access(), o.firstAvailable(), o.warnings(), o.radiotherapy());
    }

    private static Option withSources(Option o, List<String> sources) {
        return new Option(o.id(), o.rank(), o.category(), o.regimen(), o.agents(), o.schedule(), o.rationale(),
                o.evidence(), sources, o.cost(), o.access(), o.firstAvailable(), o.warnings(), o.radiotherapy());
    }

    private static Option radiotherapy(String id, int rank, int doseGy, int fractions, int variant) {
        Option o = option(id, rank, "radiotherapy", "EBRT " + doseGy + " Gy in " + fractions, List.of(), null,
                List.of(), variant);
        return new Option(o.id(), o.rank(), o.category(), o.regimen(), o.agents(), o.schedule(), o.rationale(),
                o.evidence(), o.sources(), o.cost(), new Access(null, "radiotherapy availability unknown"), null,
                o.warnings(), new Radiotherapy(doseGy, fractions));
    }

    private static EvidenceRef monaleesa2() {
        return EvidenceRef.builder().trialId("MONALEESA-2").endpoint("OS").hazardRatio(new BigDecimal("0.76"))
                .ci95(List.of(new BigDecimal("0.63"), new BigDecimal("0.93"))).mcbsGrade("4").mcbsGradable(true)
                .doi("10.1056/NEJMoa2114663").analysis("final OS analysis").experimentalMedianMonths(new BigDecimal("63.9"))
                .controlMedianMonths(new BigDecimal("51.4")).pValue("0.008").trialName("MONALEESA-2").phase("III")
                .n(668).effectMeasure("hazard_ratio").sourceKind("primary_publication").build();
    }

    private static EvidenceRef paloma2(int variant) {
        return EvidenceRef.builder().trialId("PALOMA-2").endpoint("OS").hazardRatio(new BigDecimal("0.956"))
                .ci95(List.of(new BigDecimal("0.777"), new BigDecimal("1.177"))).mcbsGradable(false)
                .mcbsNotGradableReason("not statistically significant (p value 0.34, not below 0.05)")
                .doi(variant == 3 ? null : "10.1200/JCO.22.00523").citation(variant == 3 ? "Finn RS et al. ASCO 2022" : null)
                .analysis("final OS analysis").pValue("0.34").trialName("PALOMA-2").build();
    }

    private static EvidenceRef cleopatra() {
        return EvidenceRef.builder().trialId("CLEOPATRA").endpoint("OS").hazardRatio(new BigDecimal("0.69"))
                .ci95(List.of(new BigDecimal("0.58"), new BigDecimal("0.82"))).mcbsGrade("4").pValue("<0.001")
                .doi("10.1056/NEJMoa1413513").experimentalMedianMonths(new BigDecimal("57.1"))
                .controlMedianMonths(new BigDecimal("40.8")).build();
    }

    private static EvidenceRef zoledronic(int variant) {
        return EvidenceRef.builder().trialId("ROSEN-2003").endpoint("TIME_TO_FIRST_AND_SUBSEQUENT_SRE")
                .hazardRatio(new BigDecimal("0.80")).ci95(variant == 2 ? null : List.of(new BigDecimal("0.66"),
                        new BigDecimal("0.97"))).effectMeasure("rate_ratio").mcbsGradable(false)
                .mcbsNotGradableReason("a rate ratio; ESMO-MCBS v1.1 grades hazard ratios").pValue("0.025")
                .citation("Rosen LS et al. Cancer 2003;98:1735-1744").build();
    }

    private static EvidenceRef stopeck(int variant) {
        return EvidenceRef.builder().trialId("STOPECK-2010").endpoint("TIME_TO_FIRST_SRE")
                .hazardRatio(new BigDecimal("0.82")).ci95(List.of(new BigDecimal("0.71"), new BigDecimal("0.95")))
                .pValue(variant == 1 ? "0.01 (superiority)" : "0.01").doi("10.1200/JCO.2010.29.7101")
                .sourceKind("primary_publication").build();
    }

    private static EvidenceRef secondarySource() {
        return EvidenceRef.builder().trialId("ASCENT").endpoint("PFS").hazardRatio(new BigDecimal("0.41"))
                .ci95(List.of(new BigDecimal("0.32"), new BigDecimal("0.52"))).sourceKind("secondary")
                .sourceNote("figures as reported in the source review").doi("10.1056/NEJMoa2028485").build();
    }

    private static EvidenceRef doiLess() {
        return EvidenceRef.builder().trialId("CAPE-REVIEW").endpoint("OS").citation("Congress abstract, 2019")
                .build();
    }
}
