package org.bcbm.gateway.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import org.bcbm.gateway.config.GatewayConfig;
import org.jboss.logging.Logger;

/**
 * Requests per minute per key, held across every gateway replica. Each key has one window in the shared store,
 * starting with its first request after the last one ended (so a burst is never split by a clock-minute boundary).
 * A replica leases blocks of the window's allowance (quota / blocks-per-window, at least 1) and serves from its lease
 * until it is spent, so most requests cost no round trip. Bound: the requests served in a window, by all replicas
 * together, never exceed the quota; a replica may refuse while another still holds unused lease (at most one block
 * per other replica), and a replica's leftover lease lapses with the window.
 */
@ApplicationScoped
public class Quotas {

    private static final Logger LOG = Logger.getLogger(Quotas.class);
    private static final long WINDOW_MILLIS = 60_000;

    /** What to tell the caller: whether it may go on, and the RateLimit-* figures for its answer. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {
    }

    /** One key's lease on this replica; guarded by its own monitor (held briefly, on the event loop). */
    private static final class KeyLease {
        long windowId = Long.MIN_VALUE;
        long windowEnd = Long.MIN_VALUE;
        int remaining;
        int grantedTotal;
        /** The store has granted the whole quota of this window: refuse until it ends without asking again. */
        boolean spent;
        CompletableFuture<Void> refill;
    }

    private final LeaseStore store;
    private final Executor blocking;
    private final LongSupplier clock;
    private final int blocksPerWindow;
    private final Cache<String, KeyLease> leases;

    @Inject
    public Quotas(LeaseStore store, GatewayConfig config) {
        this(store, Infrastructure.getDefaultWorkerPool(), System::currentTimeMillis, config.quota().blocksPerWindow(),
                config.quota().maximumKeys());
    }

    /** @param blocking where a store round trip runs: never on the event loop in production */
    public Quotas(LeaseStore store, Executor blocking, LongSupplier clock, int blocksPerWindow, long maximumKeys) {
        this.store = store;
        this.blocking = blocking;
        this.clock = clock;
        this.blocksPerWindow = blocksPerWindow;
        // a key idle past its window holds nothing worth keeping; an evicted lease is merely unused allowance
        this.leases = Caffeine.newBuilder().maximumSize(maximumKeys)
                .expireAfterAccess(Duration.ofMillis(2 * WINDOW_MILLIS)).build();
    }

    /** The block a replica leases at a time. */
    public int blockOf(int perMinute) {
        return Math.max(1, perMinute / blocksPerWindow);
    }

    /**
     * Served from this replica's lease when it has one (no round trip, any thread); otherwise one lease is taken
     * from the store on a worker thread, shared by every request of the key that arrives meanwhile.
     */
    public Uni<Decision> acquire(String keyHash, int perMinute) {
        KeyLease lease = leases.get(keyHash, k -> new KeyLease());
        CompletableFuture<Void> refill;
        boolean first = false;
        synchronized (lease) {
            Decision decision = serve(lease, perMinute, clock.getAsLong());
            if (decision != null) {
                return Uni.createFrom().item(decision);
            }
            if (lease.refill == null) {
                lease.refill = new CompletableFuture<>();
                first = true;
            }
            refill = lease.refill;
        }
        if (first) {
            refill(keyHash, lease, perMinute, refill);
        }
        // the fresh lease may be spent by the requests that waited with this one: then the next round decides
        return Uni.createFrom().completionStage(refill).chain(() -> acquire(keyHash, perMinute));
    }

    /** @return null when the store must be asked */
    private static Decision serve(KeyLease lease, int perMinute, long now) {
        if (now >= lease.windowEnd) {
            return null;
        }
        long reset = Math.max(1, (lease.windowEnd - now + 999) / 1000);
        if (lease.remaining > 0) {
            lease.remaining--;
            // what the other replicas still hold unspent counts as used: remaining is never over-promised
            int remaining = Math.max(0, perMinute - lease.grantedTotal) + lease.remaining;
            return new Decision(true, perMinute, Math.min(perMinute, remaining), reset);
        }
        return lease.spent ? new Decision(false, perMinute, 0, reset) : null;
    }

    private void refill(String keyHash, KeyLease lease, int perMinute, CompletableFuture<Void> done) {
        int block = blockOf(perMinute);
        long asked = clock.getAsLong();
        CompletableFuture.supplyAsync(() -> store.take(keyHash, perMinute, block), blocking)
                .whenComplete((taken, failure) -> {
                    synchronized (lease) {
                        lease.refill = null;
                        if (failure != null) {
                            fallBack(keyHash, lease, perMinute, block, asked, failure);
                        } else {
                            take(lease, taken, perMinute, asked);
                        }
                    }
                    done.complete(null);
                });
    }

    private static void take(KeyLease lease, LeaseStore.Lease taken, int perMinute, long asked) {
        // timed from before the round trip, so this replica's window never outlasts the store's
        lease.windowEnd = asked + taken.windowEndsInMillis();
        lease.remaining = taken.windowId() == lease.windowId ? lease.remaining + taken.granted() : taken.granted();
        lease.windowId = taken.windowId();
        lease.grantedTotal = taken.grantedTotal();
        lease.spent = taken.grantedTotal() >= perMinute || taken.granted() == 0;
    }

    /**
     * The store cannot be reached: rather than refuse every partner, this replica keeps to the quota on its own (a
     * block for its share of a minute), so N replicas may serve up to N times the quota until the store is back.
     */
    private static void fallBack(String keyHash, KeyLease lease, int perMinute, int block, long asked,
            Throwable failure) {
        LOG.warnf("quota store unavailable (%s): this replica limits key %s on its own", failure.getMessage(),
                ApiKeys.fingerprint(keyHash));
        lease.windowId = Long.MIN_VALUE;
        lease.windowEnd = asked + Math.max(1000, WINDOW_MILLIS * block / perMinute);
        lease.remaining = block;
        lease.grantedTotal = 0;
        // once this block is used, wait for its share of the minute to pass rather than ask the store again
        lease.spent = true;
    }
}
