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

    /** Receptors, HER2, markers and germline status. {@code somaticAlterations} absent = not tested. */
    public record Tumour(
            @NotNull Receptor er,
            Receptor pr,
            @NotNull Her2 her2,
            @Min(0) @Max(100) Integer ki67Percent,
            @Min(0) @Max(100) Integer pdl1Cps,
            @Size(max = 50) List<@NotNull @Pattern(regexp = "[A-Z0-9-]{2,15}", message = "must be an HGNC gene symbol such as PIK3CA") String> somaticAlterations,
            GermlineBrca germlineBrca) {
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
