package org.bcbm.common.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The fast ids are well-formed random UUIDs (version 4, RFC 4122 variant) that a strict parser takes, and distinct. */
class RandomIdsTest {

    @Test
    void idsAreVersionFourRfcVariantAndDistinct() {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            UUID id = RandomIds.uuid();
            assertEquals(4, id.version());
            assertEquals(2, id.variant());
            assertEquals(id, UUID.fromString(id.toString()));
            seen.add(id);
        }
        assertEquals(100_000, seen.size());
    }

    @Test
    void aNewRequestIdIsValidAsTheHeaderItWillTravelIn() {
        String id = RequestIds.newId();
        assertEquals(id, RequestIds.valid(id));
    }
}
