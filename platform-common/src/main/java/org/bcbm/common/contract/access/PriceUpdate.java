package org.bcbm.common.contract.access;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A curator's price for one drug in one country. {@code version} is the listing version the curator read
 * (absent when the listing does not exist yet); a stale version is a 409.
 */
public record PriceUpdate(
        @PositiveOrZero Long version,
        @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be a positive amount") BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code such as USD") String currency,
        @NotBlank @Size(max = 200) String per,
        @DecimalMin(value = "0", inclusive = false) BigDecimal packUnits,
        @DecimalMin(value = "0", inclusive = false) BigDecimal unitStrengthMg,
        @NotBlank @Size(max = 500) String source,
        @NotNull @PastOrPresent(message = "must not be in the future") LocalDate asOf) {
}
