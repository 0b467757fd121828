package org.bcbm.recommendation.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.contract.Recommendation.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A basic-tier answer names the bone-modifying agent it can most likely obtain: zoledronic acid, on the WHO Model List
 * of Essential Medicines 2025 for malignancy-related bone disease with generics marketed, is expected from the basic
 * tier; denosumab, absent from the list, is not (access-cost-service migration V16).
 */
class ResourceTierScenariosTest {

    private final Engine engine = new Engine();
    private final InMemoryKnowledge knowledge = InMemoryKnowledge.seeded();

    private List<Option> boneModifying(String country) {
        Profiles p = Profiles.hrPositiveHer2Negative();
        p.country = country;
        Recommendation r = engine.recommend(p.build(), knowledge, "req", Instant.parse("2026-11-30T10:00:00Z"));
        return r.options().stream().filter(o -> o.category().equals("bone_modifying")).toList();
    }

    private static Option agent(List<Option> options, String inn) {
        return options.stream().filter(o -> o.agents().stream().anyMatch(a -> a.inn().equals(inn))).findFirst()
                .orElseThrow(() -> new AssertionError("no option with " + inn));
    }

    @Test
    @DisplayName("Niger (basic tier, no listings on file): zoledronic acid is expected at its tier and marked first")
    void aBasicTierAnswerMarksZoledronicAcidAsExpected() {
        List<Option> bone = boneModifying("NE");
        Option zoledronic = agent(bone, "zoledronic acid");
        assertEquals(Boolean.TRUE, zoledronic.access().expectedAtTier());
        assertNull(zoledronic.access().available(), "an expectation by rule, never an availability");
        assertTrue(zoledronic.access().note().contains("basic resource tier's rule it is expected"),
                zoledronic.access().note());
        assertEquals(Boolean.TRUE, zoledronic.firstAvailable(), "the first bone-modifying option that can be had");
        assertEquals(Boolean.FALSE, agent(bone, "denosumab").access().expectedAtTier());
    }

    @Test
    @DisplayName("At the basic tier at least one bone-modifying option is expected")
    void aBasicTierAnswerHasAnObtainableBoneModifyingAgent() {
        assertTrue(boneModifying("NE").stream().anyMatch(o -> Boolean.TRUE.equals(o.access().expectedAtTier())));
    }
}
