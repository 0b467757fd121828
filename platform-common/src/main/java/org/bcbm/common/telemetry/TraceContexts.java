package org.bcbm.common.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The current trace as W3C trace-context strings and back, for work that leaves the request (an outbox row, a Kafka
 * record). W3C regardless of the configured propagators: what is stored must be read back by any later version.
 */
public final class TraceContexts {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    /** A stored trace context: {@code traceparent} and, when the trace carries vendor state, {@code tracestate}. */
    public record Stored(String traceParent, String traceState) {
    }

    private static final TextMapGetter<Stored> STORED = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Stored carrier) {
            return carrier.traceState() == null ? List.of(TRACEPARENT) : List.of(TRACEPARENT, TRACESTATE);
        }

        @Override
        public String get(Stored carrier, String key) {
            if (carrier == null) {
                return null;
            }
            return TRACEPARENT.equals(key) ? carrier.traceParent() : TRACESTATE.equals(key) ? carrier.traceState() : null;
        }
    };

    private TraceContexts() {
    }

    /** The current span's context; null outside a (sampled or not) valid span, e.g. when tracing is off. */
    public static Stored current() {
        if (!Span.current().getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3CTraceContextPropagator.getInstance().inject(Context.current(), carrier, Map::put);
        String parent = carrier.get(TRACEPARENT);
        return parent == null ? null : new Stored(parent, carrier.get(TRACESTATE));
    }

    /** The context a stored trace context names, as the parent of further spans; root when there is none. */
    public static Context restore(String traceParent, String traceState) {
        if (traceParent == null) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), new Stored(traceParent, traceState),
                STORED);
    }

    /** The trace a Kafka record was published in (its traceparent header), as the parent of its processing. */
    public static Context fromHeaders(Headers headers) {
        return restore(header(headers, TRACEPARENT), header(headers, TRACESTATE));
    }

    private static String header(Headers headers, String name) {
        Header h = headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
