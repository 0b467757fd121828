package org.bcbm.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Requests per minute per key, in fixed one-minute windows; the answer to "no" is how long to wait. */
@ApplicationScoped
public class Quotas {

    private static final class Window {
        long minute;
        int used;
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** @return 0 when allowed, otherwise the seconds until the next window */
    public long acquire(String keyHash, int perMinute, long nowMillis) {
        long minute = nowMillis / 60_000;
        Window w = windows.computeIfAbsent(keyHash, k -> new Window());
        synchronized (w) {
            if (w.minute != minute) {
                w.minute = minute;
                w.used = 0;
            }
            if (w.used >= perMinute) {
                return Math.max(1, (minute + 1) * 60 - nowMillis / 1000);
            }
            w.used++;
            return 0;
        }
    }
}
