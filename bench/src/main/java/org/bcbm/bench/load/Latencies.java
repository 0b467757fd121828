package org.bcbm.bench.load;

import java.util.Arrays;

/** Recorded latencies in microseconds and their percentiles (nearest rank), for the bench/load tools. */
final class Latencies {

    private long[] micros = new long[1024];
    private int size;

    synchronized void add(long latencyMicros) {
        if (size == micros.length) {
            micros = Arrays.copyOf(micros, size * 2);
        }
        micros[size++] = latencyMicros;
    }

    synchronized int size() {
        return size;
    }

    /** @return the q-th percentile (0-100) in milliseconds, or NaN when nothing was recorded */
    synchronized double percentileMillis(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1000.0;
    }
}
