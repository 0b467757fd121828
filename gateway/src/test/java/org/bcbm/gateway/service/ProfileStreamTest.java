package org.bcbm.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import org.bcbm.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** The cohort upload read one profile at a time: order, shape errors naming profiles, NDJSON, a large stream. */
class ProfileStreamTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static InputStream body(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void profilesComeOutInOrderWithTheirIndexAndOtherFieldsAreSkipped() {
        List<String> seen = new ArrayList<>();
        int n = ProfileStream.json(body("{\"note\":{\"a\":[1,2]},\"profiles\":[{\"sex\":\"female\"},\"odd\",null,"
                + "{\"sex\":\"male\"}],\"tail\":true}"), MAPPER, (i, p) -> seen.add(i + "=" + p));

        assertEquals(4, n);
        assertEquals(List.of("0={\"sex\":\"female\"}", "1=\"odd\"", "2=null", "3={\"sex\":\"male\"}"), seen);
    }

    @Test
    void aBodyThatIsNotACohortIsA400NamingProfiles() {
        for (String bad : List.of("{\"profiles\":{}}", "{\"profiles\":\"x\"}", "{}", "[]", "", "{\"other\":[1]}")) {
            ProblemException e = assertThrows(ProblemException.class,
                    () -> ProfileStream.json(body(bad), MAPPER, (i, p) -> { }), bad);
            assertEquals(400, e.status(), bad);
            assertEquals("profiles", e.violations().get(0).field(), bad);
        }
    }

    @Test
    void anEmptyCohortIsA400NamingProfiles() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ProfileStream.json(body("{\"profiles\":[]}"), MAPPER, (i, p) -> { }));
        assertEquals("profiles", e.violations().get(0).field());
        assertTrue(e.getMessage().contains("at least one"));
    }

    @Test
    void brokenJsonNamesTheProfileWhereItBroke() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ProfileStream.json(body("{\"profiles\":[{\"sex\":\"female\"},{\"sex\":"), MAPPER, (i, p) -> { }));
        assertEquals("profiles[1]", e.violations().get(0).field());
    }

    @Test
    void ndjsonIsOneProfilePerLineAndBlankLinesAreSkipped() {
        List<Integer> indexes = new ArrayList<>();
        int n = ProfileStream.ndjson(body("{\"sex\":\"female\"}\n\n{\"sex\":\"male\"}\r\n42\n"), MAPPER,
                (i, p) -> indexes.add(i));

        assertEquals(3, n);
        assertEquals(List.of(0, 1, 2), indexes);
        ProblemException empty = assertThrows(ProblemException.class,
                () -> ProfileStream.ndjson(body("\n\n"), MAPPER, (i, p) -> { }));
        assertEquals("profiles", empty.violations().get(0).field());
    }

    @Test
    void aHundredThousandProfilesStreamThroughOneAtATime() {
        int size = 100_000;
        Iterator<InputStream> parts = new Iterator<>() {
            int next = -1;

            @Override
            public boolean hasNext() {
                return next <= size;
            }

            @Override
            public InputStream next() {
                String part;
                if (next < 0) {
                    part = "{\"profiles\":[";
                } else if (next == size) {
                    part = "]}";
                } else {
                    part = (next == 0 ? "" : ",") + "{\"patientRef\":\"p" + next + "\",\"sex\":\"female\"}";
                }
                next++;
                return body(part);
            }
        };
        int[] expected = {0};
        // an Enumeration over the parts: the body is made as it is read, never held whole
        Enumeration<InputStream> lazy = new Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return parts.hasNext();
            }

            @Override
            public InputStream nextElement() {
                return parts.next();
            }
        };
        int n = ProfileStream.json(new SequenceInputStream(lazy), MAPPER, (i, p) -> {
            assertEquals(expected[0]++, i);
            assertEquals("p" + i, p.get("patientRef").asText());
        });
        assertEquals(size, n);
    }

    private static List<InputStream> toList(Iterator<InputStream> parts) {
        List<InputStream> list = new ArrayList<>();
        parts.forEachRemaining(list::add);
        return list;
    }
}
