package org.bcbm.common.contract.access;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A curator's resource tier for a country, overriding the one derived from its income group (null tier clears it). */
public record TierOverride(
        @NotNull @PositiveOrZero Long version,
        @Schema(nullable = true, description = "null: clears the override") @Pattern(regexp = "basic|limited|enhanced|maximal", message = "must be basic, limited, enhanced or maximal") String tier,
        @Size(max = 500) String reason) {
}
