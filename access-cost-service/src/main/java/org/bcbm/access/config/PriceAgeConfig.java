package org.bcbm.access.config;

import io.smallrye.config.ConfigMapping;
import java.time.LocalDate;
import java.util.Optional;

/** The day prices' ages are measured on: today, unless fixed (tests, or replaying a past day's answers). */
@ConfigMapping(prefix = "bcbm.access.prices")
public interface PriceAgeConfig {

    /** Measure prices' ages on this day instead of today (UTC); unset in production. */
    Optional<LocalDate> ageMeasuredOn();
}
