package org.bcbm.common.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TracingSwitchTest {

    private static boolean sdkDisabled(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withInterceptors(new TracingSwitch())
                // what the OpenTelemetry extension declares as its default
                .withDefaultValue(TracingSwitch.SDK_DISABLED, "false")
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .build();
        return config.getValue(TracingSwitch.SDK_DISABLED, Boolean.class);
    }

    @Test
    void withoutACollectorTheSdkIsOff() {
        assertEquals(true, sdkDisabled(Map.of()));
        assertEquals(true, sdkDisabled(Map.of(TracingSwitch.ENDPOINT_ENV, " ")));
    }

    @Test
    void aCollectorTurnsTheSdkOn() {
        assertEquals(false, sdkDisabled(Map.of(TracingSwitch.ENDPOINT_ENV, "http://otel-collector:4317")));
    }

    @Test
    void anExplicitSettingWins() {
        assertEquals(false, sdkDisabled(Map.of(TracingSwitch.SDK_DISABLED, "false")));
        assertEquals(true, sdkDisabled(Map.of(TracingSwitch.SDK_DISABLED, "true",
                TracingSwitch.ENDPOINT_ENV, "http://otel-collector:4317")));
    }
}
