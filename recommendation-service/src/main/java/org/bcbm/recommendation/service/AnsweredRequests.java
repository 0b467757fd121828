package org.bcbm.recommendation.service;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The requests answered in the last few seconds, by request id, with what it takes to answer a retry exactly as
 * before: the snapshot's serial, the instant and a fingerprint of the profile. Held in arrays allocated once, so the
 * collector never copies it; whole answers held instead (22 kB each) were promoted to the old generation by the
 * hundred a second, and its full collections, one a second of 70-120 ms each, were recommendation-service's p99.
 */
final class AnsweredRequests {

    /** How an earlier attempt of a request was answered. */
    record Earlier(long snapshotSerial, Instant at, int fingerprint) {
    }

    private final long windowMillis;
    private final int capacity;
    /** Per bucket, the slot (plus one) of its newest entry; 0 when empty. Twice the slots: chains stay short. */
    private final int[] buckets;
    /** Per slot, the next older slot (plus one) in the same bucket. */
    private final int[] chain;
    private final long[] idHigh;
    private final long[] idLow;
    private final long[] expires;
    private final long[] snapshots;
    private final long[] seconds;
    private final int[] nanos;
    private final int[] fingerprints;
    /** The slot written next: once every slot is used, the oldest entry's. */
    private int next;

    AnsweredRequests(int capacity, Duration window) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
        this.windowMillis = window.toMillis();
        this.buckets = new int[Integer.highestOneBit(capacity) << 2];
        this.chain = new int[capacity];
        this.idHigh = new long[capacity];
        this.idLow = new long[capacity];
        this.expires = new long[capacity];
        this.snapshots = new long[capacity];
        this.seconds = new long[capacity];
        this.nanos = new int[capacity];
        this.fingerprints = new int[capacity];
    }

    /** The earlier attempt of this request within the window; null when there was none (or it is forgotten). */
    synchronized Earlier find(UUID id, long nowMillis) {
        int slot = slotOf(id);
        if (slot < 0 || expires[slot] <= nowMillis) {
            return null;
        }
        return new Earlier(snapshots[slot], Instant.ofEpochSecond(seconds[slot], nanos[slot]), fingerprints[slot]);
    }

    /** Records an answered request, over the oldest entry once full; a request already on file keeps its first. */
    synchronized void remember(UUID id, int fingerprint, long snapshotSerial, Instant at, long nowMillis) {
        int known = slotOf(id);
        if (known >= 0 && expires[known] > nowMillis) {
            return;
        }
        if (known >= 0) {
            unlink(known);
        }
        int slot = next;
        next = (next + 1) % capacity;
        if (expires[slot] != 0) {
            unlink(slot);
        }
        idHigh[slot] = id.getMostSignificantBits();
        idLow[slot] = id.getLeastSignificantBits();
        expires[slot] = nowMillis + windowMillis;
        snapshots[slot] = snapshotSerial;
        seconds[slot] = at.getEpochSecond();
        nanos[slot] = at.getNano();
        fingerprints[slot] = fingerprint;
        int bucket = bucketOf(idHigh[slot], idLow[slot]);
        chain[slot] = buckets[bucket];
        buckets[bucket] = slot + 1;
    }

    private int slotOf(UUID id) {
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        for (int s = buckets[bucketOf(high, low)]; s != 0; s = chain[s - 1]) {
            if (idHigh[s - 1] == high && idLow[s - 1] == low) {
                return s - 1;
            }
        }
        return -1;
    }

    private void unlink(int slot) {
        int bucket = bucketOf(idHigh[slot], idLow[slot]);
        if (buckets[bucket] == slot + 1) {
            buckets[bucket] = chain[slot];
        } else {
            int s = buckets[bucket];
            while (s != 0 && chain[s - 1] != slot + 1) {
                s = chain[s - 1];
            }
            if (s != 0) {
                chain[s - 1] = chain[slot];
            }
        }
        chain[slot] = 0;
        expires[slot] = 0;
    }

    private int bucketOf(long high, long low) {
        long h = high ^ low;
        int mixed = (int) (h ^ (h >>> 32));
        return (mixed ^ (mixed >>> 16)) & (buckets.length - 1);
    }
}
