package org.bcbm.fhir.mcode;

import java.util.List;
import org.bcbm.common.contract.PatientProfile;

/**
 * What a FHIR input gave: the profile (null when sex, tumour.er, tumour.her2 or metastases.sites could not be
 * read), the contract field paths it could not fill, and the resources or elements it could not map.
 */
public record MappedProfile(PatientProfile profile, List<String> missingData, List<Unmapped> unmapped) {

    public MappedProfile {
        missingData = List.copyOf(missingData);
        unmapped = List.copyOf(unmapped);
    }
}
