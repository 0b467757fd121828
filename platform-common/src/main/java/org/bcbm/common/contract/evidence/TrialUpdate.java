package org.bcbm.common.contract.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A curator's trial (without outcomes, which have their own endpoint); {@code version} as for treatments. {@code doi}
 * is optional (a DOI only); {@code citation} always names the publication(s).
 */
public record TrialUpdate(
        @PositiveOrZero Long version,
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Pattern(regexp = "I|I/II|II|II/III|III|IV|systematic review|meta-analysis",
                message = "must be I, I/II, II, II/III, III, IV, systematic review or meta-analysis") String phase,
        @NotBlank @Size(max = 300) String design,
        @NotBlank @Size(max = 1000) String population,
        @NotBlank @Pattern(regexp = "HR\\+/HER2-|HER2\\+|TNBC|HER2-|HER2-low|any",
                message = "must be HR+/HER2-, HER2+, TNBC, HER2-, HER2-low or any") String subtype,
        @NotBlank @Pattern(regexp = "first|second|later|any|adjuvant", message = "must be first, second, later, any or adjuvant")
        String line,
        @NotBlank @Pattern(regexp = "metastatic|early", message = "must be metastatic or early") String setting,
        @Min(1) Integer n,
        @NotBlank @Pattern(regexp = OutcomeUpdate.ENDPOINTS, message = OutcomeUpdate.ENDPOINTS_MESSAGE) String primaryEndpoint,
        @Pattern(regexp = OutcomeUpdate.DOI, message = OutcomeUpdate.DOI_MESSAGE) String doi,
        @NotBlank @Size(max = 1000) String citation,
        @NotEmpty @Size(max = 10) List<@Valid @NotNull ArmUpdate> arms) {

    /** One arm: every agent must be a known treatment (checked against the catalogue). */
    public record ArmUpdate(@NotBlank String label, @NotBlank @Size(max = 400) String regimen,
            @NotNull @Size(max = 10) List<@NotBlank String> agents, @Min(1) Integer n) {
    }
}
