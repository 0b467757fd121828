package org.bcbm.access.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A curator's resource tier for a country, overriding the one derived from its income group (null tier clears it). */
public record TierOverride(
        @NotNull @PositiveOrZero Long version,
        @Pattern(regexp = "basic|limited|enhanced|maximal", message = "must be basic, limited, enhanced or maximal") String tier,
        @Size(max = 500) String reason) {
}
