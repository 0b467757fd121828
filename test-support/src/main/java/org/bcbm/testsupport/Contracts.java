package org.bcbm.testsupport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads the event contracts in docs/contracts and validates JSON against them, for producer and consumer tests. */
public final class Contracts {

    /** Set by the parent pom's surefire configuration, so every module reads the same files. */
    public static final String DIR_PROPERTY = "bcbm.contracts.dir";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // format is only an annotation in 2020-12 unless asserted; a date written as epoch numbers must fail
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).locale(Locale.ROOT).build();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            // what the services' Quarkus mapper does: java.time as ISO-8601 strings
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // stricter than the services on purpose: a schema field the Java type lacks must fail a test
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Contracts() {
    }

    /**
     * The contracts folder: the system property when it names an existing folder, else the nearest
     * {@code docs/contracts} above the working directory (a test started from an IDE or a module folder).
     */
    public static Path dir() {
        String configured = System.getProperty(DIR_PROPERTY);
        if (configured != null && Files.isDirectory(Paths.get(configured))) {
            return Paths.get(configured);
        }
        for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("docs").resolve("contracts");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "no docs/contracts folder: set -D" + DIR_PROPERTY + " or run inside the project");
    }

    /** A mapper that writes like the services' and reads strictly. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The schema of {@code type} (e.g. {@code TrialChanged}) at {@code version}: {@code <type>.v<n>.schema.json}. */
    public static JsonSchema schema(String type, int version) {
        String file = type + ".v" + version + ".schema.json";
        return SCHEMAS.computeIfAbsent(file, f -> {
            try (InputStream in = Files.newInputStream(dir().resolve(f))) {
                return FACTORY.getSchema(in, CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read contract " + f, e);
            }
        });
    }

    /** The example document of {@code type} at {@code version}, from {@code examples/<type>.v<n>.json}. */
    public static JsonNode example(String type, int version) {
        Path file = dir().resolve("examples").resolve(type + ".v" + version + ".json");
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example " + file, e);
        }
    }

    /** {@code payload} as the outbox would store it. */
    public static JsonNode toJson(Object payload) {
        return MAPPER.valueToTree(payload);
    }

    /** What is wrong with {@code document} against the v1 schema of {@code type}, one line each; empty when valid. */
    public static List<String> violations(String type, JsonNode document) {
        return violations(type, 1, document);
    }

    public static List<String> violations(String type, int version, JsonNode document) {
        return schema(type, version).validate(document).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }
}
