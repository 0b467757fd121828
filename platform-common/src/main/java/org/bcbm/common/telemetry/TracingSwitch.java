package org.bcbm.common.telemetry;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * Turns the OpenTelemetry SDK on only where {@code BCBM_OTLP_ENDPOINT} names a collector: without one there would be
 * nobody to export to, only an exporter retrying localhost:4317 and the cost of spans nobody reads. An explicit
 * {@code quarkus.otel.sdk.disabled} (tests set it) wins.
 */
@Priority(Priorities.APPLICATION)
public class TracingSwitch implements ConfigSourceInterceptor {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";
    static final String ENDPOINT_ENV = "BCBM_OTLP_ENDPOINT";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        ConfigValue value = context.proceed(name);
        if (!SDK_DISABLED.equals(name) || (value != null && !isDefault(value))) {
            return value;
        }
        ConfigValue endpoint = context.proceed(ENDPOINT_ENV);
        boolean none = endpoint == null || endpoint.getValue() == null || endpoint.getValue().isBlank();
        return ConfigValue.builder().withName(name).withValue(String.valueOf(none))
                .withConfigSourceName(TracingSwitch.class.getSimpleName()).build();
    }

    /** The extension's own default comes from a source below every real one (files 100 and up, env 300). */
    private static boolean isDefault(ConfigValue value) {
        return value.getConfigSourceOrdinal() <= 0;
    }
}
