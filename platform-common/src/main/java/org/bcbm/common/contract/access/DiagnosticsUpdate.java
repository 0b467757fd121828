package org.bcbm.common.contract.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A curator's diagnostics facts for a country (null = unknown), with the country version read (stale: 409). */
public record DiagnosticsUpdate(
        @NotNull @PositiveOrZero Long version,
        @Schema(nullable = true, description = "null: unknown") Boolean ihc,
        @Schema(nullable = true, description = "null: unknown") Boolean ish,
        @Schema(nullable = true, description = "null: unknown") Boolean ngs,
        @NotBlank @Size(max = 500) String source,
        @NotNull @PastOrPresent(message = "must not be in the future") LocalDate asOf) {
}
