package org.bcbm.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Requests per minute per key, in one-minute windows that start with a key's first request (so a burst is never
 * split by a clock-minute boundary); the answer to "no" is how long until the window ends.
 */
@ApplicationScoped
public class Quotas {

    private static final long WINDOW_MILLIS = 60_000;

    private static final class Window {
        long start = Long.MIN_VALUE;
        int used;
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** @return 0 when allowed, otherwise the seconds until the key's window ends */
    public long acquire(String keyHash, int perMinute, long nowMillis) {
        Window w = windows.computeIfAbsent(keyHash, k -> new Window());
        synchronized (w) {
            if (w.start == Long.MIN_VALUE || nowMillis - w.start >= WINDOW_MILLIS) {
                w.start = nowMillis;
                w.used = 0;
            }
            if (w.used >= perMinute) {
                return Math.max(1, (w.start + WINDOW_MILLIS - nowMillis + 999) / 1000);
            }
            w.used++;
            return 0;
        }
    }
}
