package org.bcbm.recommendation.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.AbstractList;
import java.util.List;
import org.bcbm.common.contract.Recommendation.EvidenceRef;

/**
 * The citations of a trial (or of several) as a knowledge snapshot holds them: the same immutable list for every
 * answer that cites them, so it is written as JSON once and every later answer copies those bytes. The bytes come from
 * the answer's own serialiser on first use, so the output is exactly what writing the list would give.
 */
@JsonSerialize(using = CitedEvidence.Writer.class)
final class CitedEvidence extends AbstractList<EvidenceRef> {

    static final CitedEvidence NONE = new CitedEvidence(List.of());

    private final List<EvidenceRef> refs;
    /** Written on first use; a race only writes the same bytes twice. */
    private volatile SerializableString json;

    CitedEvidence(List<EvidenceRef> refs) {
        this.refs = List.copyOf(refs);
    }

    @Override
    public EvidenceRef get(int index) {
        return refs.get(index);
    }

    @Override
    public int size() {
        return refs.size();
    }

    /** Copies the list's JSON, written once with the serialiser of the answer being written. */
    static final class Writer extends JsonSerializer<CitedEvidence> {

        @Override
        public void serialize(CitedEvidence value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (gen instanceof TokenBuffer || gen.getCodec() == null) {
                // a tree, not text (valueToTree, say): raw bytes would not be read back as an array
                writeArray(value, gen, provider);
                return;
            }
            SerializableString known = value.json;
            if (known == null) {
                StringWriter out = new StringWriter();
                try (JsonGenerator once = gen.getCodec().getFactory().createGenerator(out)) {
                    writeArray(value, once, provider);
                }
                known = new SerializedString(out.toString());
                value.json = known;
            }
            gen.writeRawValue(known);
        }

        private static void writeArray(CitedEvidence value, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            JsonSerializer<Object> ref = provider.findValueSerializer(EvidenceRef.class);
            gen.writeStartArray();
            for (EvidenceRef r : value.refs) {
                ref.serialize(r, gen, provider);
            }
            gen.writeEndArray();
        }
    }
}
