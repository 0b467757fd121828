package org.bcbm.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Replicas lease blocks of a key's window from one store and serve from them; together they never exceed it. */
class QuotasTest {

    /** The store's semantics (QuotaLeaseRepository's statement), in memory, on the test's clock. */
    static final class MemoryStore implements LeaseStore {
        private final AtomicLong clock;
        private final Map<String, long[]> windows = new HashMap<>(); // start, granted
        final AtomicInteger trips = new AtomicInteger();
        volatile boolean down;

        MemoryStore(AtomicLong clock) {
            this.clock = clock;
        }

        @Override
        public synchronized Lease take(String keyHash, int quota, int block) {
            trips.incrementAndGet();
            if (down) {
                throw new IllegalStateException("database down");
            }
            long now = clock.get();
            long[] w = windows.get(keyHash);
            if (w == null || now - w[0] >= 60_000) {
                w = new long[] {now, 0};
                windows.put(keyHash, w);
            }
            int grant = (int) Math.max(0, Math.min(block, quota - w[1]));
            w[1] += grant;
            return new Lease(w[0], grant, (int) w[1], w[0] + 60_000 - now);
        }
    }

    private final AtomicLong clock = new AtomicLong(1_000_000L - 100); // 100 ms before a clock-minute boundary
    private final MemoryStore store = new MemoryStore(clock);

    private Quotas replica() {
        return new Quotas(store, Runnable::run, clock::get, 20, 1000);
    }

    private static Quotas.Decision take(Quotas replica, String key, int quota) {
        return replica.acquire(key, quota).await().atMost(Duration.ofSeconds(5));
    }

    @Test
    void aReplicaServesFromItsLeaseWithOneStoreTripPerBlock() {
        Quotas replica = replica();
        for (int i = 0; i < 100; i++) {
            assertTrue(take(replica, "k", 200).allowed());
        }
        assertEquals(10, store.trips.get(), "blocks of 200 / 20 = 10 requests");
        Quotas.Decision d = take(replica, "k", 200);
        assertEquals(200, d.limit());
        assertEquals(99, d.remaining());
        assertEquals(60, d.resetSeconds());
    }

    @Test
    void burstOverTheQuotaWaitsForTheEndOfItsWindowWhichStartsWithTheFirstRequest() {
        Quotas replica = replica();
        assertTrue(take(replica, "k", 2).allowed());
        clock.addAndGet(150); // past the clock-minute boundary: the burst is not split by it
        assertTrue(take(replica, "k", 2).allowed());
        Quotas.Decision refused = take(replica, "k", 2);
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertEquals(60, refused.resetSeconds());
        int trips = store.trips.get();
        clock.addAndGet(59_300);
        Quotas.Decision stillRefused = take(replica, "k", 2);
        assertFalse(stillRefused.allowed());
        assertEquals(1, stillRefused.resetSeconds());
        assertEquals(trips, store.trips.get(), "a spent window is refused without asking the store again");
        clock.addAndGet(550); // a minute after the window's first request
        assertTrue(take(replica, "k", 2).allowed(), "a new window after a minute");
        assertTrue(take(replica, "other", 2).allowed(), "keys do not share windows");
    }

    @Test
    void twoReplicasTogetherServeExactlyTheQuotaAndTheRestAreRefused() {
        Quotas a = replica();
        Quotas b = replica();
        int allowed = 0;
        for (int i = 0; i < 100; i++) {
            allowed += take(i % 2 == 0 ? a : b, "k", 10).allowed() ? 1 : 0;
        }
        assertEquals(10, allowed);
    }

    @Test
    void aReplicaMayRefuseWhileAnotherHoldsUnusedLeaseButNeverExceedsTheQuota() {
        Quotas a = replica();
        Quotas b = replica();
        assertTrue(take(a, "k", 40).allowed()); // a holds a block of 2, one left unused
        int allowedOnB = 0;
        for (int i = 0; i < 50; i++) {
            allowedOnB += take(b, "k", 40).allowed() ? 1 : 0;
        }
        assertEquals(38, allowedOnB, "40 minus the block a leased");
        assertTrue(take(a, "k", 40).allowed(), "a still serves its own lease");
        assertFalse(take(a, "k", 40).allowed());
    }

    @Test
    void manyThreadsOnTwoReplicasServeExactlyTheQuota() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        ExecutorService workers = Executors.newFixedThreadPool(4); // the store's round trips, as the worker pool
        try {
            Quotas a = new Quotas(store, workers, clock::get, 20, 1000);
            Quotas b = new Quotas(store, workers, clock::get, 20, 1000);
            List<Future<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                Quotas replica = i % 2 == 0 ? a : b;
                calls.add(pool.submit(() -> take(replica, "k", 1000).allowed()));
            }
            int allowed = 0;
            for (Future<Boolean> call : calls) {
                allowed += call.get() ? 1 : 0;
            }
            assertEquals(1000, allowed);
        } finally {
            pool.shutdownNow();
            workers.shutdownNow();
        }
    }

    @Test
    void withTheStoreDownAReplicaKeepsToTheQuotaOnItsOwn() {
        store.down = true;
        Quotas replica = replica();
        int allowed = 0;
        for (int i = 0; i < 100; i++) {
            allowed += take(replica, "k", 60).allowed() ? 1 : 0;
        }
        assertEquals(3, allowed, "one block (60 / 20) for its share of the minute (3 s)");
        clock.addAndGet(3_000);
        assertTrue(take(replica, "k", 60).allowed(), "the next share");
    }
}
