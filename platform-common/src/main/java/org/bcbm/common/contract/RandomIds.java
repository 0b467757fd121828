package org.bcbm.common.contract;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random (version 4) UUIDs for ids that must be unique but need not be unguessable: request ids, event ids. They come
 * from the thread's own generator; UUID.randomUUID's shared SecureRandom is a lock every request and every cohort
 * profile would queue on. Ids that grant access (cohort job ids, credential ids) keep using SecureRandom.
 */
public final class RandomIds {

    private RandomIds() {
    }

    public static UUID uuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48);
        return new UUID(high, low);
    }
}
