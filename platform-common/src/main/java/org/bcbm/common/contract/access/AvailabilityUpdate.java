package org.bcbm.common.contract.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A curator's availability facts for one drug in one country; a null fact means "unknown". */
public record AvailabilityUpdate(
        @PositiveOrZero Long version,
        @Schema(nullable = true, description = "null: unknown") Boolean registered,
        @Schema(nullable = true, description = "null: unknown") Boolean reimbursed,
        @Schema(nullable = true, description = "null: unknown") Boolean genericAvailable,
        @NotBlank @Size(max = 500) String source,
        @NotNull @PastOrPresent(message = "must not be in the future") LocalDate asOf) {
}
