package org.bcbm.fhir.mcode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The test bundles under src/test/resources/bundles and the clock every test maps them at. */
final class Bundles {

    /** 2026-11-30, the day the bundles' dates were written against. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    private Bundles() {
    }

    static String json(String name) {
        try (InputStream in = Bundles.class.getResourceAsStream("/bundles/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no bundle " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
