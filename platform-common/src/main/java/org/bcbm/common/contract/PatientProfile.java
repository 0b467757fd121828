package org.bcbm.common.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.bcbm.common.contract.Enums.DentalStatus;
import org.bcbm.common.contract.Enums.GermlineBrca;
import org.bcbm.common.contract.Enums.Her2;
import org.bcbm.common.contract.Enums.MenopausalStatus;
import org.bcbm.common.contract.Enums.NeurologicalStatus;
import org.bcbm.common.contract.Enums.Receptor;
import org.bcbm.common.contract.Enums.Sex;
import org.bcbm.common.contract.Enums.Site;
import org.bcbm.common.contract.Enums.TherapySetting;
import org.bcbm.common.contract.Enums.Tier;

/**
 * One patient profile, exactly as the public contract defines it: only sex, tumour.er, tumour.her2 and
 * metastases.sites are required; everything else may be absent, and absence means "not known".
 */
public record PatientProfile(
        @Size(max = 200) String patientRef,
        @Min(0) @Max(120) Integer age,
        @NotNull Sex sex,
        MenopausalStatus menopausalStatus,
        @NotNull @Valid Tumour tumour,
        @NotNull @Valid Metastases metastases,
        @Size(max = 50) List<@Valid @NotNull PriorTherapy> priorTherapies,
        @Valid Clinical clinical,
        @Valid ResourceSetting resourceSetting) {

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a PatientProfile by field name, so fields of the same type cannot change places. */
    public static final class Builder {
        private String patientRef;
        private Integer age;
        private Sex sex;
        private MenopausalStatus menopausalStatus;
        private Tumour tumour;
        private Metastases metastases;
        private List<PriorTherapy> priorTherapies;
        private Clinical clinical;
        private ResourceSetting resourceSetting;

        public Builder patientRef(String v) { patientRef = v; return this; }
        public Builder age(Integer v) { age = v; return this; }
        public Builder sex(Sex v) { sex = v; return this; }
        public Builder menopausalStatus(MenopausalStatus v) { menopausalStatus = v; return this; }
        public Builder tumour(Tumour v) { tumour = v; return this; }
        public Builder metastases(Metastases v) { metastases = v; return this; }
        public Builder priorTherapies(List<PriorTherapy> v) { priorTherapies = v; return this; }
        public Builder clinical(Clinical v) { clinical = v; return this; }
        public Builder resourceSetting(ResourceSetting v) { resourceSetting = v; return this; }

        public PatientProfile build() {
            return new PatientProfile(patientRef, age, sex, menopausalStatus, tumour, metastases, priorTherapies,
                    clinical, resourceSetting);
        }
    }

    /** Receptors, HER2, markers and germline status. {@code somaticAlterations} absent = not tested. */
    public record Tumour(
            @NotNull Receptor er,
            Receptor pr,
            @NotNull Her2 her2,
            @Min(0) @Max(100) Integer ki67Percent,
            @Min(0) @Max(100) Integer pdl1Cps,
            @Size(max = 50) List<@NotNull @Pattern(regexp = "[A-Z0-9-]{2,15}", message = "must be an HGNC gene symbol such as PIK3CA") String> somaticAlterations,
            GermlineBrca germlineBrca) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a Tumour by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private Receptor er;
            private Receptor pr;
            private Her2 her2;
            private Integer ki67Percent;
            private Integer pdl1Cps;
            private List<String> somaticAlterations;
            private GermlineBrca germlineBrca;

            public Builder er(Receptor v) { er = v; return this; }
            public Builder pr(Receptor v) { pr = v; return this; }
            public Builder her2(Her2 v) { her2 = v; return this; }
            public Builder ki67Percent(Integer v) { ki67Percent = v; return this; }
            public Builder pdl1Cps(Integer v) { pdl1Cps = v; return this; }
            public Builder somaticAlterations(List<String> v) { somaticAlterations = v; return this; }
            public Builder germlineBrca(GermlineBrca v) { germlineBrca = v; return this; }

            public Tumour build() {
                return new Tumour(er, pr, her2, ki67Percent, pdl1Cps, somaticAlterations, germlineBrca);
            }
        }

    }

    public record Metastases(
            @NotEmpty List<@NotNull Site> sites,
            Boolean visceralCrisis,
            @Valid Bone bone) {
    }

    /**
     * Bone disease. For metastatic spinal cord compression, {@code compressionLevels} counts the separate areas of
     * compression (contiguous vertebrae are one area), {@code neurologicalStatus} the deficit and, when paraplegic,
     * {@code paraplegiaHours} how long it has lasted: what Patchell 2005 selected surgical candidates by.
     */
    public record Bone(
            @Min(0) @Max(1000) Integer lesionCount,
            Boolean painful,
            Boolean spinalCordCompression,
            Boolean impendingFracture,
            Boolean pathologicalFracture,
            Boolean hypercalcaemia,
            @Min(1) @Max(30) Integer compressionLevels,
            NeurologicalStatus neurologicalStatus,
            @Min(0) @Max(100000) Integer paraplegiaHours) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a Bone by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private Integer lesionCount;
            private Boolean painful;
            private Boolean spinalCordCompression;
            private Boolean impendingFracture;
            private Boolean pathologicalFracture;
            private Boolean hypercalcaemia;
            private Integer compressionLevels;
            private NeurologicalStatus neurologicalStatus;
            private Integer paraplegiaHours;

            public Builder lesionCount(Integer v) { lesionCount = v; return this; }
            public Builder painful(Boolean v) { painful = v; return this; }
            public Builder spinalCordCompression(Boolean v) { spinalCordCompression = v; return this; }
            public Builder impendingFracture(Boolean v) { impendingFracture = v; return this; }
            public Builder pathologicalFracture(Boolean v) { pathologicalFracture = v; return this; }
            public Builder hypercalcaemia(Boolean v) { hypercalcaemia = v; return this; }
            public Builder compressionLevels(Integer v) { compressionLevels = v; return this; }
            public Builder neurologicalStatus(NeurologicalStatus v) { neurologicalStatus = v; return this; }
            public Builder paraplegiaHours(Integer v) { paraplegiaHours = v; return this; }

            public Bone build() {
                return new Bone(lesionCount, painful, spinalCordCompression, impendingFracture, pathologicalFracture,
                        hypercalcaemia, compressionLevels, neurologicalStatus, paraplegiaHours);
            }
        }


        /** The fields of contract version 1.0, before the cord-compression details. */
        public Bone(Integer lesionCount, Boolean painful, Boolean spinalCordCompression, Boolean impendingFracture,
                Boolean pathologicalFracture, Boolean hypercalcaemia) {
            this(lesionCount, painful, spinalCordCompression, impendingFracture, pathologicalFracture, hypercalcaemia,
                    null, null, null);
        }
    }

    /** One prior line: its agents (WHO INN), its setting, when it ended (0 = still on it), whether it failed. */
    public record PriorTherapy(
            @NotEmpty @Size(max = 10) List<@NotNull @Size(min = 2, max = 80) String> agents,
            @NotNull TherapySetting setting,
            @Min(0) @Max(600) Integer endedMonthsAgo,
            Boolean progressedOn) {
    }

    /** Fitness, renal function, calcium, teeth, heart; {@code expectedSurvivalMonths} as the treating team estimates it. */
    public record Clinical(
            @Min(0) @Max(4) Integer ecog,
            @DecimalMin("0") @DecimalMax("200") BigDecimal creatinineClearanceMlMin,
            @DecimalMin("1.0") @DecimalMax("5.0") BigDecimal correctedCalciumMmolL,
            DentalStatus dentalStatus,
            @Min(0) @Max(100) Integer lvefPercent,
            @Min(0) @Max(600) Integer expectedSurvivalMonths) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builds a Clinical by field name, so fields of the same type cannot change places. */
        public static final class Builder {
            private Integer ecog;
            private BigDecimal creatinineClearanceMlMin;
            private BigDecimal correctedCalciumMmolL;
            private DentalStatus dentalStatus;
            private Integer lvefPercent;
            private Integer expectedSurvivalMonths;

            public Builder ecog(Integer v) { ecog = v; return this; }
            public Builder creatinineClearanceMlMin(BigDecimal v) { creatinineClearanceMlMin = v; return this; }
            public Builder correctedCalciumMmolL(BigDecimal v) { correctedCalciumMmolL = v; return this; }
            public Builder dentalStatus(DentalStatus v) { dentalStatus = v; return this; }
            public Builder lvefPercent(Integer v) { lvefPercent = v; return this; }
            public Builder expectedSurvivalMonths(Integer v) { expectedSurvivalMonths = v; return this; }

            public Clinical build() {
                return new Clinical(ecog, creatinineClearanceMlMin, correctedCalciumMmolL, dentalStatus, lvefPercent,
                        expectedSurvivalMonths);
            }
        }


        /** The fields of contract version 1.0, before the expected survival. */
        public Clinical(Integer ecog, BigDecimal creatinineClearanceMlMin, BigDecimal correctedCalciumMmolL,
                DentalStatus dentalStatus, Integer lvefPercent) {
            this(ecog, creatinineClearanceMlMin, correctedCalciumMmolL, dentalStatus, lvefPercent, null);
        }
    }

    /** Either an ISO 3166-1 alpha-2 country or a resource tier. */
    public record ResourceSetting(@IsoCountry String country, Tier tier) {
    }
}
