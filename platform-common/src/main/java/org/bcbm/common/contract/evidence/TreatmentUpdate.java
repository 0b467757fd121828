package org.bcbm.common.contract.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A curator's treatment; {@code version} absent to create, the version read to change (stale: 409). */
public record TreatmentUpdate(
        @PositiveOrZero Long version,
        @Pattern(regexp = "[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}", message = "must be a WHO ATC code such as L02BG04") String atcCode,
        @NotBlank @Pattern(regexp = "chemotherapy|endocrine|radiotherapy|bone_modifying|targeted|immunotherapy|antibody_drug_conjugate|radioligand|surgery",
                message = "must be one of chemotherapy, endocrine, radiotherapy, bone_modifying, targeted, immunotherapy, antibody_drug_conjugate, radioligand, surgery")
        String modality,
        @NotBlank @Size(max = 200) String drugClass,
        @NotBlank @Size(max = 600) String mechanism,
        @NotBlank @Pattern(regexp = "standard|investigational", message = "must be standard or investigational") String status,
        @NotBlank @Size(max = 500) String source) {
}
