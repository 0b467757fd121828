package org.bcbm.gateway.service;

/** Where the replicas draw their shares of a key's quota window from: one atomic step per lease. */
public interface LeaseStore {

    /**
     * A share of the key's current window, started anew if the last one has ended.
     *
     * @param windowId identifies the window (the same for every lease taken in it)
     * @param granted requests this lease allows: up to the block asked for, 0 once the window's quota is all granted
     * @param grantedTotal requests granted in this window so far, to every replica, this lease included
     * @param windowEndsInMillis how long the window has left, by the store's clock
     */
    record Lease(long windowId, int granted, int grantedTotal, long windowEndsInMillis) {
    }

    Lease take(String keyHash, int quota, int block);
}
