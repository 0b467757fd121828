package org.bcbm.common.contract.evidence;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A curator's new or corrected outcome; {@code version} is the trial version the curator read (stale: 409). It needs
 * a {@code doi}, a {@code citation} or both; a {@code secondary} source is named in {@code sourceNote}.
 */
public record OutcomeUpdate(
        @NotNull @PositiveOrZero Long version,
        @NotBlank @Pattern(regexp = ENDPOINTS, message = ENDPOINTS_MESSAGE) String endpoint,
        @NotBlank String analysis,
        @PositiveOrZero BigDecimal experimentalMedianMonths,
        @PositiveOrZero BigDecimal controlMedianMonths,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal hazardRatio,
        @DecimalMin(value = "0", inclusive = false) BigDecimal ciLower,
        @DecimalMin(value = "0", inclusive = false) BigDecimal ciUpper,
        String pValue,
        @Pattern(regexp = "2a|2b", message = "must be 2a or 2b") String mcbsForm,
        @Pattern(regexp = "[1-5]|[A-C]", message = "must be an ESMO-MCBS grade (1-5 or A-C)") String mcbsGrade,
        Boolean qolImproved,
        Boolean toxicityReduced,
        Boolean toxicityIncreased,
        @Pattern(regexp = DOI, message = DOI_MESSAGE) String doi,
        String note,
        @Pattern(regexp = EFFECT_MEASURES, message = EFFECT_MEASURES_MESSAGE) String effectMeasure,
        @Size(min = 1, max = 1000) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String citation,
        @Pattern(regexp = SOURCE_KINDS, message = SOURCE_KINDS_MESSAGE) String sourceKind,
        @Size(max = 1000) String sourceNote) {

    static final String ENDPOINTS = "OS|PFS|ORR|DFS|TIME_TO_FIRST_SRE|TIME_TO_FIRST_AND_SUBSEQUENT_SRE|SRE_PROPORTION|FRACTURE|PAIN_RESPONSE|QOL";
    static final String ENDPOINTS_MESSAGE = "must be one of OS, PFS, ORR, DFS, TIME_TO_FIRST_SRE, "
            + "TIME_TO_FIRST_AND_SUBSEQUENT_SRE, SRE_PROPORTION, FRACTURE, PAIN_RESPONSE, QOL";
    static final String DOI = "10\\.\\d{4,9}/\\S+";
    static final String DOI_MESSAGE = "must be a DOI such as 10.1056/NEJMoa1413513 (a source without one goes in citation)";
    static final String EFFECT_MEASURES = "hazard_ratio|rate_ratio";
    static final String EFFECT_MEASURES_MESSAGE = "must be hazard_ratio or rate_ratio (absent: hazard_ratio)";
    static final String SOURCE_KINDS = "primary_publication|secondary";
    static final String SOURCE_KINDS_MESSAGE = "must be primary_publication or secondary (absent: primary_publication)";

    @AssertTrue(message = "the 95 % CI must hold the hazard ratio (ciLower <= hazardRatio <= ciUpper), and needs both bounds")
    public boolean isCi95() {
        if (hazardRatio == null) {
            return ciLower == null && ciUpper == null;
        }
        return ciLower != null && ciUpper != null && ciLower.compareTo(hazardRatio) <= 0
                && hazardRatio.compareTo(ciUpper) <= 0;
    }
}
