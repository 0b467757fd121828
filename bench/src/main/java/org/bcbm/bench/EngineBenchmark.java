package org.bcbm.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bcbm.common.access.RegimenAccess.Place;
import org.bcbm.common.contract.Enums;
import org.bcbm.common.contract.PatientProfile;
import org.bcbm.common.contract.Recommendation;
import org.bcbm.common.event.v1.ListingChanged.Entry;
import org.bcbm.recommendation.rules.Engine;
import org.bcbm.recommendation.rules.Knowledge;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Profiles per second through the recommendation engine alone: no database, no network, knowledge in memory. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

    private final Engine engine = new Engine();
    private List<PatientProfile> profiles;
    private Knowledge knowledge;
    private int next;

    @Setup
    public void setUp() {
        Random random = new Random(42);
        profiles = new ArrayList<>();
        for (int i = 0; i < 1024; i++) {
            profiles.add(profile(random));
        }
        knowledge = new MemoryKnowledge();
    }

    /** One profile answered per call, cycling through a fixed, mixed cohort. */
    @Benchmark
    public Recommendation recommendOneProfile() {
        PatientProfile p = profiles.get(next++ & 1023);
        return engine.recommend(p, knowledge, "bench", Instant.EPOCH);
    }

    static PatientProfile profile(Random r) {
        Enums.Receptor er = r.nextInt(4) == 0 ? Enums.Receptor.NEGATIVE : Enums.Receptor.POSITIVE;
        Enums.Her2 her2 = Enums.Her2.values()[r.nextInt(4)];
        List<Enums.Site> sites = r.nextBoolean() ? List.of(Enums.Site.BONE) : List.of(Enums.Site.BONE, Enums.Site.LIVER);
        List<PatientProfile.PriorTherapy> prior = new ArrayList<>();
        if (r.nextBoolean()) {
            prior.add(new PatientProfile.PriorTherapy(List.of("letrozole", "palbociclib"), Enums.TherapySetting.METASTATIC,
                    0, true));
        }
        PatientProfile.Tumour tumour = PatientProfile.Tumour.builder().er(er).pr(Enums.Receptor.NEGATIVE).her2(her2)
                .pdl1Cps(r.nextInt(30)).somaticAlterations(r.nextBoolean() ? List.of("PIK3CA") : null)
                .germlineBrca(Enums.GermlineBrca.NONE).build();
        PatientProfile.Bone bone = PatientProfile.Bone.builder().lesionCount(r.nextInt(5) + 1).painful(r.nextBoolean())
                .spinalCordCompression(r.nextInt(10) == 0).impendingFracture(false).pathologicalFracture(false)
                .hypercalcaemia(false).build();
        PatientProfile.Clinical clinical = PatientProfile.Clinical.builder().ecog(1)
                .creatinineClearanceMlMin(new BigDecimal(20 + r.nextInt(100)))
                .correctedCalciumMmolL(new BigDecimal("2.30"))
                .dentalStatus(Enums.DentalStatus.HEALTHY).lvefPercent(60).build();
        return PatientProfile.builder().patientRef("p" + r.nextInt()).age(40 + r.nextInt(45)).sex(Enums.Sex.FEMALE)
                .menopausalStatus(r.nextBoolean() ? Enums.MenopausalStatus.POSTMENOPAUSAL : null).tumour(tumour)
                .metastases(new PatientProfile.Metastases(sites, false, bone)).priorTherapies(prior).clinical(clinical)
                .resourceSetting(new PatientProfile.ResourceSetting(r.nextBoolean() ? "GB" : "NE", null)).build();
    }

    /** A read model's worth of knowledge, held in maps. */
    static final class MemoryKnowledge implements Knowledge {
        private final Map<String, TrialSnapshot> trials = new HashMap<>();

        MemoryKnowledge() {
            for (String id : List.of("MONALEESA-2", "MONALEESA-7", "MONALEESA-3", "PALOMA-2", "PALOMA-3", "CLEOPATRA",
                    "STOPECK-2010", "EMERALD", "CAPITELLO-291", "SOLAR-1", "BOLERO-2", "DESTINY-BREAST03",
                    "DESTINY-BREAST04", "HER2CLIMB", "ASCENT")) {
                trials.put(id, new TrialSnapshot(id, id, "10.0000/" + id, List.of(new OutcomeSnapshot("PFS", "primary",
                        new BigDecimal("10.1"), new BigDecimal("5.4"), new BigDecimal("0.6"),
                        List.of(new BigDecimal("0.5"), new BigDecimal("0.7")), "<0.001", "3", "10.0000/x", true,
                        null))));
            }
        }

        @Override
        public Optional<TrialSnapshot> trial(String trialId) {
            return Optional.ofNullable(trials.get(trialId));
        }

        @Override
        public Optional<Entry> listing(String country, String inn) {
            return country.equals("GB") ? Optional.of(new Entry(inn, true, true, null, null, null, null, null, null,
                    null, null, null, null, null, null, "bench", null, 1)) : Optional.empty();
        }

        @Override
        public Optional<CountrySnapshot> country(String code) {
            return Optional.of(new CountrySnapshot(code, "derived", null,
                    new Place(code, code.equals("GB") ? "maximal" : "basic", null, null, null)));
        }

        @Override
        public Optional<DrugSnapshot> drug(String inn) {
            return Optional.of(new DrugSnapshot(inn, null, inn.equals("tamoxifen") ? "basic" : "enhanced"));
        }

        @Override
        public String evidenceVersion() {
            return "bench";
        }

        @Override
        public String accessVersion() {
            return "bench";
        }
    }
}
