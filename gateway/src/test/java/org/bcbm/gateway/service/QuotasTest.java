package org.bcbm.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The quota window starts with a key's first request and lasts a minute. */
class QuotasTest {

    @Test
    void burstOverTheQuotaWaitsForTheEndOfItsWindow() {
        Quotas quotas = new Quotas();
        long t0 = 1_000_000L - 100; // 100 ms before a clock-minute boundary: the burst must not be split by it
        assertEquals(0, quotas.acquire("k", 2, t0));
        assertEquals(0, quotas.acquire("k", 2, t0 + 150));
        assertEquals(60, quotas.acquire("k", 2, t0 + 200));
        assertEquals(1, quotas.acquire("k", 2, t0 + 59_500));
        assertEquals(0, quotas.acquire("k", 2, t0 + 60_000), "a new window after a minute");
        assertEquals(0, quotas.acquire("other", 2, t0 + 200), "keys do not share windows");
    }
}
