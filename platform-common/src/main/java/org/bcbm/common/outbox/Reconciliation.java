package org.bcbm.common.outbox;

import java.util.Map;

/** What one reconciliation put back in the outbox: per aggregate type, how many aggregates. */
public record Reconciliation(String topic, Map<String, Integer> republished) {
}
