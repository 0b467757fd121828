package org.bcbm.gateway.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.bcbm.common.problem.ProblemException;

/**
 * Reads a cohort upload one profile at a time, so 100,000 profiles never make one tree in memory: a JSON body
 * {@code {"profiles": [...]}} or NDJSON, one profile per line. Profiles are handed on unvalidated: the replica that
 * answers a profile validates it, so one bad profile never fails the upload.
 */
public final class ProfileStream {

    /** Takes each profile with its position, from 0. */
    @FunctionalInterface
    public interface Sink {
        void accept(int index, JsonNode profile);
    }

    private ProfileStream() {
    }

    /** @return how many profiles were read; a 400 problem naming {@code profiles} when the body is not a cohort. */
    public static int json(InputStream body, ObjectMapper mapper, Sink sink) {
        int count = -1;
        try (JsonParser p = mapper.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw notACohort();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!"profiles".equals(name)) {
                    p.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw notACohort();
                }
                if (count >= 0) {
                    throw ProblemException.badField("profiles", "appears twice");
                }
                count = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    JsonNode profile = p.readValueAsTree();
                    sink.accept(count++, profile == null ? NullNode.getInstance() : profile);
                }
            }
        } catch (JsonProcessingException e) {
            throw ProblemException.badField(count < 0 ? "profiles" : "profiles[" + count + "]",
                    "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cohort upload interrupted", e);
        }
        if (count < 0) {
            throw notACohort();
        }
        return requireSome(count);
    }

    /** One profile per line; blank lines are skipped. */
    public static int ndjson(InputStream body, ObjectMapper mapper, Sink sink) {
        int count = 0;
        try (MappingIterator<JsonNode> lines = mapper.readerFor(JsonNode.class).readValues(body)) {
            while (lines.hasNextValue()) {
                JsonNode profile = lines.nextValue();
                sink.accept(count++, profile == null ? NullNode.getInstance() : profile);
            }
        } catch (JsonProcessingException e) {
            throw ProblemException.badField("profiles[" + count + "]", "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cohort upload interrupted", e);
        }
        return requireSome(count);
    }

    private static int requireSome(int count) {
        if (count == 0) {
            throw ProblemException.badField("profiles", "must hold at least one patient profile");
        }
        return count;
    }

    private static ProblemException notACohort() {
        return ProblemException.badField("profiles", "must be an array of patient profiles: {\"profiles\": [ ... ]}");
    }
}
