package org.bcbm.fhir.mcode;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bcbm.common.contract.Enums.GermlineBrca;
import org.bcbm.common.contract.Enums.Her2;
import org.bcbm.common.contract.Enums.MenopausalStatus;
import org.bcbm.common.contract.Enums.Receptor;
import org.bcbm.common.contract.Enums.Sex;
import org.bcbm.common.contract.Enums.Site;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.PatientProfile.Clinical;
import org.bcbm.common.contract.PatientProfile.Metastases;
import org.bcbm.common.contract.PatientProfile.PriorTherapy;
import org.bcbm.common.contract.PatientProfile.ResourceSetting;
import org.bcbm.common.contract.PatientProfile.Tumour;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Builds one profile from the resources, collecting what is missing and what could not be mapped. Resources of other
 * types (Practitioner, Specimen, DiagnosticReport, ...) are not read. The first value of a field wins; a later
 * resource for the same field is noted as unmapped.
 */
final class ProfileAssembler {

    private final Clock clock;
    private final Findings findings = new Findings();

    private Patient patient;
    private Receptor er;
    private Receptor pr;
    private final TumourMarkers.Her2Evidence her2 = new TumourMarkers.Her2Evidence();
    private Integer pdl1Cps;
    private Integer ki67Percent;
    private final Calcium calcium = new Calcium();
    private final Set<String> somatic = new LinkedHashSet<>();
    private final Set<GermlineBrca> germline = new LinkedHashSet<>();
    private final Set<Site> sites = new LinkedHashSet<>();
    private LocalDate metastaticDiagnosis;
    private final List<Condition> breastPrimaries = new ArrayList<>();
    private final List<Procedure> procedures = new ArrayList<>();
    private final List<PriorTherapies.Course> courses = new ArrayList<>();
    private Integer ecog;
    private BigDecimal creatinineClearance;
    private MenopausalStatus menopausalStatus;

    ProfileAssembler(Clock clock) {
        this.clock = clock;
    }

    MappedProfile assemble(List<? extends Resource> resources, String country) {
        for (Resource resource : resources) {
            if (resource instanceof Patient) {
                patient(resource);
            } else if (resource instanceof Condition) {
                condition((Condition) resource);
            } else if (resource instanceof Observation) {
                observation((Observation) resource);
            } else if (resource instanceof MedicationStatement) {
                PriorTherapies.course((MedicationStatement) resource, findings).ifPresent(courses::add);
            } else if (resource instanceof MedicationRequest) {
                PriorTherapies.course((MedicationRequest) resource, findings).ifPresent(courses::add);
            } else if (resource instanceof Procedure) {
                procedures.add((Procedure) resource);
            }
        }
        return build(country);
    }

    private void patient(Resource resource) {
        if (patient != null) {
            findings.unmapped(resource, "sex", "a second Patient: only the first is read");
            return;
        }
        patient = (Patient) resource;
    }

    private void condition(Condition condition) {
        if (!CancerConditions.counts(condition)) {
            return;
        }
        if (CancerConditions.isBreastPrimary(condition)) {
            breastPrimaries.add(condition);
        } else if (CancerConditions.isSecondary(condition)) {
            Optional<Site> site = CancerConditions.site(condition, findings);
            site.ifPresent(sites::add);
            LocalDate diagnosed = CancerConditions.diagnosed(condition);
            if (diagnosed != null && (metastaticDiagnosis == null || diagnosed.isBefore(metastaticDiagnosis))) {
                metastaticDiagnosis = diagnosed;
            }
        } else {
            // a comorbidity, say: not evidence about any one field
            findings.unmapped(condition, "(none)", "condition code "
                    + ObservationValues.describe(condition.getCode()) + " is neither a breast primary nor a known secondary cancer");
        }
    }

    private void observation(Observation observation) {
        String status = observation.hasStatus() ? observation.getStatus().toCode() : "";
        if (status.equals("entered-in-error") || status.equals("cancelled")) {
            return;
        }
        if (ObservationValues.codeIn(observation, McodeCodes.ER)) {
            er = first(er, TumourMarkers.receptor(observation, "tumour.er", findings), observation, "tumour.er");
        } else if (McodeCodes.ER_PERCENT.in(observation.getCode())) {
            er = first(er, TumourMarkers.receptorFromPercent(observation, "tumour.er", findings), observation, "tumour.er");
        } else if (ObservationValues.codeIn(observation, McodeCodes.PR)) {
            pr = first(pr, TumourMarkers.receptor(observation, "tumour.pr", findings), observation, "tumour.pr");
        } else if (McodeCodes.PR_PERCENT.in(observation.getCode())) {
            pr = first(pr, TumourMarkers.receptorFromPercent(observation, "tumour.pr", findings), observation, "tumour.pr");
        } else if (McodeCodes.HER2_INTERPRETATION.in(observation.getCode())) {
            Boolean positive = ObservationValues.positiveOrNegative(observation, "tumour.her2", findings);
            her2.interpretationPositive = first(her2.interpretationPositive, positive, observation, "tumour.her2");
        } else if (McodeCodes.HER2_IHC.in(observation.getCode())) {
            String score = TumourMarkers.ihcScore(observation, findings);
            if (score != null && her2.ihc == null) {
                her2.ihc = score;
                her2.ihcObservation = observation;
                her2.faintStaining = "0".equals(score) ? TumourMarkers.faintStainingPercent(observation, findings) : null;
            } else if (score != null) {
                findings.unmapped(observation, "tumour.her2", "a second HER2 IHC result: the first is used");
            }
        } else if (McodeCodes.HER2_ISH.in(observation.getCode())) {
            Boolean amplified = ObservationValues.positiveOrNegative(observation, "tumour.her2", findings);
            her2.ishAmplified = first(her2.ishAmplified, amplified, observation, "tumour.her2");
        } else if (McodeCodes.PDL1_22C3.in(observation.getCode()) || McodeCodes.PDL1_TUMOUR_PROPORTION.in(observation.getCode())) {
            pdl1Cps = first(pdl1Cps, TumourMarkers.pdl1Cps(observation, findings), observation, "tumour.pdl1Cps");
        } else if (McodeCodes.GENOMIC_VARIANT.in(observation.getCode())) {
            GenomicVariants.Variant variant = GenomicVariants.variant(observation, findings);
            if (variant != null) {
                variant(variant);
            }
        } else if (McodeCodes.ECOG.in(observation.getCode())) {
            ecog = first(ecog, ClinicalObservations.ecog(observation, findings), observation, "clinical.ecog");
        } else if (McodeCodes.CREATININE_CLEARANCE.in(observation.getCode())) {
            creatinineClearance = first(creatinineClearance, ClinicalObservations.creatinineClearance(observation, findings),
                    observation, "clinical.creatinineClearanceMlMin");
        } else if (McodeCodes.EGFR_MDRD.in(observation.getCode())) {
            ClinicalObservations.egfr(observation, findings);
        } else if (McodeCodes.CALCIUM_CORRECTED.in(observation.getCode())) {
            calcium.corrected(observation, findings);
        } else if (McodeCodes.CALCIUM_TOTAL.in(observation.getCode())
                || McodeCodes.CALCIUM_TOTAL_MOLAR.in(observation.getCode())) {
            calcium.total(observation, findings);
        } else if (McodeCodes.ALBUMIN.in(observation.getCode())) {
            calcium.albumin(observation, findings);
        } else if (McodeCodes.KI67_PERCENT.in(observation.getCode())) {
            ki67Percent = first(ki67Percent, TumourMarkers.ki67Percent(observation, findings), observation,
                    "tumour.ki67Percent");
        } else {
            MenopausalStatus phase = ClinicalObservations.menopausalStatus(observation);
            if (phase != null) {
                menopausalStatus = first(menopausalStatus, phase, observation, "menopausalStatus");
            } else {
                findings.unmapped(observation, "(none)", "observation code " + ObservationValues.describe(observation.getCode())
                        + " is not one the platform reads");
            }
        }
    }

    private void variant(GenomicVariants.Variant variant) {
        if (variant.germline()) {
            if (variant.gene().equals("BRCA1")) {
                germline.add(GermlineBrca.BRCA1);
            } else if (variant.gene().equals("BRCA2")) {
                germline.add(GermlineBrca.BRCA2);
            }
        } else {
            somatic.add(variant.gene());
        }
    }

    /** The value already read, or the new one; a second different value is noted, never silently replaced. */
    private <T> T first(T current, T next, Resource resource, String field) {
        if (current == null) {
            return next;
        }
        if (next != null && !next.equals(current)) {
            findings.unmapped(resource, field, "differs from an earlier result for the same field: the earlier is used");
        }
        return current;
    }

    private LocalDate surgeryDate() {
        LocalDate surgery = null;
        for (Procedure procedure : procedures) {
            if (procedure.hasStatus() && !procedure.getStatus().toCode().equals("completed")) {
                continue;
            }
            boolean forBreastPrimary = false;
            for (Reference reason : procedure.getReasonReference()) {
                for (Condition primary : breastPrimaries) {
                    String id = primary.getIdElement().getIdPart();
                    String ref = reason.getReference();
                    if (id != null && ref != null && (ref.equals("Condition/" + id) || ref.endsWith("/Condition/" + id)
                            || ref.equals(primary.getIdElement().getValue()))) {
                        forBreastPrimary = true;
                    }
                }
            }
            LocalDate performed = procedure.hasPerformedDateTimeType() ? Dates.of(procedure.getPerformedDateTimeType())
                    : procedure.hasPerformedPeriod() ? Dates.of(procedure.getPerformedPeriod().getStartElement()) : null;
            if (forBreastPrimary && performed != null && (surgery == null || performed.isBefore(surgery))) {
                surgery = performed;
            }
        }
        return surgery;
    }

    private MappedProfile build(String country) {
        Sex sex = patient == null ? null : PatientFields.sex(patient, findings);
        Integer age = PatientFields.age(patient, clock, findings);
        if (patient == null) {
            findings.unmapped("(bundle)", "sex", "no Patient resource");
        }
        Her2 her2Status = her2.decide(findings);
        GermlineBrca brca = null;
        if (germline.size() == 1) {
            brca = germline.iterator().next();
        } else if (germline.size() > 1) {
            findings.unmapped("(bundle)", "tumour.germlineBrca", "germline variants in both BRCA1 and BRCA2: the contract holds one");
        }
        List<PriorTherapy> lines = PriorTherapies.lines(courses, metastaticDiagnosis, surgeryDate(), clock, findings);

        if (sex == null) {
            findings.missing("sex");
        }
        if (age == null) {
            findings.missing("age");
        }
        if (menopausalStatus == null && sex != Sex.MALE) {
            findings.missing("menopausalStatus");
        }
        if (er == null) {
            findings.missing("tumour.er");
        }
        if (pr == null) {
            findings.missing("tumour.pr");
        }
        if (her2Status == null) {
            findings.missing("tumour.her2");
        }
        if (sites.isEmpty()) {
            findings.missing("metastases.sites");
        }
        if (ecog == null) {
            findings.missing("clinical.ecog");
        }
        if (creatinineClearance == null) {
            findings.missing("clinical.creatinineClearanceMlMin");
        }
        BigDecimal correctedCalciumMmolL = calcium.resolve(findings);
        if (correctedCalciumMmolL == null) {
            findings.missing(Calcium.FIELD);
        }

        PatientProfile profile = null;
        if (sex != null && er != null && her2Status != null && !sites.isEmpty()) {
            Tumour tumour = Tumour.builder().er(er).pr(pr).her2(her2Status).ki67Percent(ki67Percent).pdl1Cps(pdl1Cps)
                    .somaticAlterations(somatic.isEmpty() ? null : List.copyOf(somatic)).germlineBrca(brca).build();
            Clinical clinical = ecog == null && creatinineClearance == null && correctedCalciumMmolL == null ? null
                    : Clinical.builder().ecog(ecog).creatinineClearanceMlMin(creatinineClearance)
                            .correctedCalciumMmolL(correctedCalciumMmolL).build();
            profile = PatientProfile.builder().age(age).sex(sex).menopausalStatus(menopausalStatus).tumour(tumour)
                    .metastases(new Metastases(List.copyOf(sites), null, null))
                    .priorTherapies(lines.isEmpty() ? null : lines).clinical(clinical)
                    .resourceSetting(country == null || country.isBlank() ? null : new ResourceSetting(country, null))
                    .build();
        }
        return new MappedProfile(profile, findings.missingData(), findings.unmappedItems());
    }
}
