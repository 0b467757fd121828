package org.bcbm.gateway.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bcbm.gateway.DownstreamStubs;
import org.bcbm.gateway.service.LeaseStore;
import org.bcbm.gateway.service.Quotas;
import org.junit.jupiter.api.Test;

/** The shared store on the real PostgreSQL: leases taken at the same moment never add up to more than the quota. */
@QuarkusTest
@QuarkusTestResource(DownstreamStubs.class)
class QuotaLeaseRepositoryTest {

    @Inject
    QuotaLeaseRepository store;

    @Test
    void leasesOfOneWindowAddUpToTheQuotaAndThenGrantNothing() {
        String key = UUID.randomUUID().toString();
        LeaseStore.Lease first = store.take(key, 5, 2);
        LeaseStore.Lease second = store.take(key, 5, 2);
        LeaseStore.Lease third = store.take(key, 5, 2);
        LeaseStore.Lease fourth = store.take(key, 5, 2);
        assertEquals(List.of(2, 2, 1, 0), List.of(first.granted(), second.granted(), third.granted(), fourth.granted()));
        assertEquals(5, fourth.grantedTotal());
        assertEquals(first.windowId(), fourth.windowId(), "one window");
        assertTrue(fourth.windowEndsInMillis() > 55_000 && fourth.windowEndsInMillis() <= 60_000,
                "ends a minute after its first lease: " + fourth.windowEndsInMillis());
    }

    @Test
    void twoReplicasUnderConcurrentLoadServeExactlyTheQuota() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            // block 10 of 200: many leases, taken at the same moments by both replicas
            Quotas a = new Quotas(store, workers, System::currentTimeMillis, 20, 100);
            Quotas b = new Quotas(store, workers, System::currentTimeMillis, 20, 100);
            List<Future<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                Quotas replica = i % 2 == 0 ? a : b;
                calls.add(callers.submit(() -> replica.acquire(key, 200).await().atMost(Duration.ofSeconds(10))
                        .allowed()));
            }
            int allowed = 0;
            for (Future<Boolean> call : calls) {
                allowed += call.get() ? 1 : 0;
            }
            assertEquals(200, allowed);
            assertEquals(200, store.take(key, 200, 10).grantedTotal());
        } finally {
            callers.shutdownNow();
            workers.shutdownNow();
        }
    }
}
