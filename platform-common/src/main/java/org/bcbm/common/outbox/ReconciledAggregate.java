package org.bcbm.common.outbox;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * One aggregate type an owner reconciles against its topic: how to load what its database holds, how to read an
 * aggregate's id and version, and how to record its current state in the outbox again.
 */
public record ReconciledAggregate<T>(String aggregateType, Supplier<List<T>> load, Function<T, String> id,
        ToLongFunction<T> version, Consumer<T> republish) {
}
