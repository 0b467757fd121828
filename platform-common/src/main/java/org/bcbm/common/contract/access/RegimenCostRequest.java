package org.bcbm.common.contract.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Many regimens, one country: the gateway's merge needs all costs of an answer in one round trip. */
public record RegimenCostRequest(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in upper case") String country,
        @NotNull @Size(max = 200) List<@Valid @NotNull Regimen> regimens) {

    /** One regimen: its caller-side id and the INNs it gives; radiotherapy needs a machine, not a drug. */
    public record Regimen(@NotBlank String id, @NotNull @Size(max = 10) List<@NotBlank String> agents,
            boolean radiotherapy) {
    }
}
