package org.bcbm.recommendation.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.bcbm.common.contract.Enums.DentalStatus;
import org.bcbm.common.contract.Enums.GermlineBrca;
import org.bcbm.common.contract.Enums.Her2;
import org.bcbm.common.contract.Enums.MenopausalStatus;
import org.bcbm.common.contract.Enums.NeurologicalStatus;
import org.bcbm.common.contract.Enums.Receptor;
import org.bcbm.common.contract.Enums.Sex;
import org.bcbm.common.contract.Enums.Site;
import org.bcbm.common.contract.Enums.TherapySetting;
import org.bcbm.common.contract.PatientProfile;

/** A fluent builder of patient profiles for the engine's clinical scenarios. */
final class Profiles {

    Integer age = 58;
    Sex sex = Sex.FEMALE;
    MenopausalStatus menopausal = MenopausalStatus.POSTMENOPAUSAL;
    Receptor er = Receptor.POSITIVE;
    Receptor pr = Receptor.POSITIVE;
    Her2 her2 = Her2.NEGATIVE;
    Integer pdl1 = null;
    List<String> alterations = null;
    GermlineBrca brca = GermlineBrca.NONE;
    List<Site> sites = new ArrayList<>(List.of(Site.BONE));
    Boolean crisis = false;
    PatientProfile.Bone bone = new PatientProfile.Bone(2, false, false, false, false, false);
    List<PatientProfile.PriorTherapy> prior = new ArrayList<>();
    Integer ecog = 1;
    BigDecimal crcl = new BigDecimal("80");
    BigDecimal calcium = new BigDecimal("2.35");
    DentalStatus dental = DentalStatus.HEALTHY;
    Integer lvef = 60;
    String country = "GB";
    Integer survivalMonths = null;

    static Profiles hrPositiveHer2Negative() {
        return new Profiles();
    }

    Profiles premenopausal() {
        menopausal = MenopausalStatus.PREMENOPAUSAL;
        age = 41;
        return this;
    }

    Profiles male() {
        sex = Sex.MALE;
        menopausal = null;
        return this;
    }

    Profiles her2(Her2 value) {
        her2 = value;
        return this;
    }

    Profiles tripleNegative() {
        er = Receptor.NEGATIVE;
        pr = Receptor.NEGATIVE;
        her2 = Her2.NEGATIVE;
        return this;
    }

    Profiles hrNegative() {
        er = Receptor.NEGATIVE;
        pr = Receptor.NEGATIVE;
        return this;
    }

    Profiles prior(TherapySetting setting, Integer endedMonthsAgo, Boolean progressed, String... agents) {
        prior.add(new PatientProfile.PriorTherapy(List.of(agents), setting, endedMonthsAgo, progressed));
        return this;
    }

    Profiles bone(Integer lesions, boolean painful, boolean compression, boolean impending, boolean fracture,
            boolean hypercalcaemia) {
        bone = new PatientProfile.Bone(lesions, painful, compression, impending, fracture, hypercalcaemia);
        return this;
    }

    /** Spinal cord compression at {@code levels} separate areas, in a skeleton with several lesions. */
    Profiles cordCompression(Integer levels, NeurologicalStatus status, Integer paraplegiaHours) {
        bone = new PatientProfile.Bone(6, true, true, false, false, false, levels, status, paraplegiaHours);
        return this;
    }

    Profiles sites(Site... values) {
        sites = new ArrayList<>(List.of(values));
        return this;
    }

    PatientProfile build() {
        return new PatientProfile("ref-1", age, sex, menopausal,
                new PatientProfile.Tumour(er, pr, her2, null, pdl1, alterations, brca),
                new PatientProfile.Metastases(sites, crisis, bone), prior,
                new PatientProfile.Clinical(ecog, crcl, calcium, dental, lvef, survivalMonths),
                country == null ? null : new PatientProfile.ResourceSetting(country, null));
    }
}
