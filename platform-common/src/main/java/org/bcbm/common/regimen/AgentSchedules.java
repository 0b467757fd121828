package org.bcbm.common.regimen;

import static org.bcbm.common.regimen.AgentSchedule.Route.IM;
import static org.bcbm.common.regimen.AgentSchedule.Route.IV;
import static org.bcbm.common.regimen.AgentSchedule.Route.ORAL;
import static org.bcbm.common.regimen.AgentSchedule.Route.SC;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one place an agent's standard schedule is defined (EU SmPC or US prescribing information, as named in each
 * source). The regimen catalogue composes regimen schedules from it, and access-cost-service computes annual costs
 * and shows its drug table from it. Investigational agents have no schedule.
 */
public final class AgentSchedules {

    private static final String BODY_SURFACE = "body-surface based: not costed";
    private static final String WEIGHT = "weight-based: not costed";
    private static final Map<String, AgentSchedule> BY_INN = new LinkedHashMap<>();

    static {
        // endocrine therapy
        add(AgentSchedule.of("tamoxifen", ORAL).fixed("20", 28, 28).text("20 mg orally daily", "Nolvadex SmPC"));
        add(AgentSchedule.of("letrozole", ORAL).fixed("2.5", 28, 28).text("2.5 mg orally daily", "Femara SmPC"));
        add(AgentSchedule.of("anastrozole", ORAL).fixed("1", 28, 28).text("1 mg orally daily", "Arimidex SmPC"));
        add(AgentSchedule.of("exemestane", ORAL).fixed("25", 28, 28).text("25 mg orally daily", "Aromasin SmPC"));
        add(AgentSchedule.of("fulvestrant", IM).fixed("500", 1, 28).costing("steady-state costing")
                .text("500 mg IM on days 1, 15 and 29, then every 4 weeks", "Faslodex SmPC"));
        add(AgentSchedule.of("goserelin", SC).fixed("3.6", 1, 28).text("3.6 mg SC implant every 4 weeks", "Zoladex SmPC"));
        add(AgentSchedule.of("elacestrant", ORAL).fixed("345", 28, 28).text("345 mg orally daily", "Orserdu SmPC"));
        add(AgentSchedule.of("imlunestrant", ORAL).fixed("400", 28, 28)
                .text("400 mg orally once daily", "Inluriyo US prescribing information as reported at approval"));
        // CDK4/6, PI3K/AKT/mTOR inhibitors
        add(AgentSchedule.of("ribociclib", ORAL).fixed("600", 21, 28)
                .text("600 mg orally daily, days 1-21 of 28", "Kisqali SmPC; NICE TA496"));
        add(AgentSchedule.of("palbociclib", ORAL).fixed("125", 21, 28)
                .text("125 mg orally daily, days 1-21 of 28", "Ibrance SmPC; NICE TA495"));
        add(AgentSchedule.of("abemaciclib", ORAL).fixed("300", 28, 28)
                .text("150 mg orally twice daily, continuous", "Verzenios SmPC; NICE TA563"));
        add(AgentSchedule.of("alpelisib", ORAL).fixed("300", 28, 28).text("300 mg orally daily", "Piqray SmPC"));
        add(AgentSchedule.of("capivasertib", ORAL).fixed("400", 8, 7)
                .text("400 mg orally twice daily, 4 days on, 3 days off", "Truqap SmPC"));
        add(AgentSchedule.of("inavolisib", ORAL).fixed("9", 28, 28).text("9 mg orally once daily", "Itovebi US label"));
        add(AgentSchedule.of("everolimus", ORAL).fixed("10", 28, 28).text("10 mg orally daily", "Afinitor SmPC"));
        // PARP inhibitors
        add(AgentSchedule.of("olaparib", ORAL).fixed("600", 28, 28).text("300 mg orally twice daily", "Lynparza SmPC"));
        add(AgentSchedule.of("talazoparib", ORAL).fixed("1", 28, 28).text("1 mg orally daily", "Talzenna SmPC"));
        // anti-HER2
        add(AgentSchedule.of("trastuzumab", IV).cycleDays(21).costing("weight-based: not costed without weight")
                .text("8 mg/kg loading, then 6 mg/kg IV every 3 weeks", "Herceptin SmPC"));
        add(AgentSchedule.of("pertuzumab", IV).fixed("420", 1, 21).costing("steady-state costing")
                .text("840 mg loading, then 420 mg IV every 3 weeks", "Perjeta SmPC; NICE TA509"));
        add(AgentSchedule.of("trastuzumab emtansine", IV).cycleDays(21).costing(WEIGHT)
                .text("3.6 mg/kg IV every 3 weeks", "Kadcyla SmPC"));
        add(AgentSchedule.of("trastuzumab deruxtecan", IV).cycleDays(21).costing(WEIGHT)
                .text("5.4 mg/kg IV every 3 weeks", "Enhertu SmPC"));
        add(AgentSchedule.of("tucatinib", ORAL).fixed("600", 28, 28).text("300 mg orally twice daily", "Tukysa SmPC"));
        // other antibody-drug conjugates and immunotherapy
        add(AgentSchedule.of("sacituzumab govitecan", IV).cycleDays(21).costing(WEIGHT)
                .text("10 mg/kg IV days 1 and 8 every 3 weeks", "Trodelvy SmPC"));
        add(AgentSchedule.of("datopotamab deruxtecan", IV).cycleDays(21).costing(WEIGHT)
                .text("6 mg/kg IV every 3 weeks", "Datroway SmPC"));
        add(AgentSchedule.of("pembrolizumab", IV).fixed("200", 1, 21)
                .text("200 mg IV every 3 weeks (or 400 mg every 6 weeks)", "Keytruda SmPC"));
        // chemotherapy
        add(AgentSchedule.of("paclitaxel", IV).cycleDays(28).costing(BODY_SURFACE)
                .text("80-90 mg/m2 IV weekly", "paclitaxel SmPC"));
        add(AgentSchedule.of("docetaxel", IV).cycleDays(21).costing(BODY_SURFACE)
                .text("75 mg/m2 IV every 3 weeks", "CLEOPATRA protocol; docetaxel SmPC"));
        add(AgentSchedule.of("capecitabine", ORAL).cycleDays(21).costing(BODY_SURFACE)
                .text("1000-1250 mg/m2 orally twice daily, days 1-14 of 21", "Xeloda SmPC"));
        add(AgentSchedule.of("doxorubicin", IV).cycleDays(21).costing(BODY_SURFACE)
                .text("60-75 mg/m2 IV every 3 weeks", "doxorubicin SmPC"));
        add(AgentSchedule.of("epirubicin", IV).cycleDays(21).costing(BODY_SURFACE)
                .text("75-90 mg/m2 IV every 3 weeks", "epirubicin SmPC"));
        add(AgentSchedule.of("gemcitabine", IV).cycleDays(21).costing(BODY_SURFACE)
                .text("1250 mg/m2 IV days 1 and 8 every 3 weeks", "gemcitabine SmPC"));
        add(AgentSchedule.of("vinorelbine", IV).cycleDays(7).costing(BODY_SURFACE)
                .text("25-30 mg/m2 IV weekly", "vinorelbine SmPC"));
        add(AgentSchedule.of("eribulin", IV).cycleDays(21).costing(BODY_SURFACE)
                .text("1.23 mg/m2 IV days 1 and 8 every 3 weeks", "Halaven SmPC"));
        add(AgentSchedule.of("carboplatin", IV).cycleDays(21).costing("renal-function based: not costed")
                .text("AUC 5-6 IV every 3 weeks", "carboplatin SmPC"));
        add(AgentSchedule.of("cisplatin", IV).cycleDays(21).costing(BODY_SURFACE)
                .text("75 mg/m2 IV every 3 weeks", "cisplatin SmPC"));
        // bone-modifying agents
        add(AgentSchedule.of("denosumab", SC).fixed("120", 1, 28)
                .text("120 mg SC every 4 weeks", "Xgeva SmPC; NICE TA265"));
        add(AgentSchedule.of("zoledronic acid", IV).fixed("4", 1, 28).costing("costed every 4 weeks")
                .text("4 mg IV over at least 15 minutes every 3-4 weeks", "Zometa SmPC"));
        add(AgentSchedule.of("pamidronic acid", IV).fixed("90", 1, 28).costing("costed every 4 weeks")
                .text("90 mg IV over at least 2 hours every 3-4 weeks", "Aredia SmPC"));
        // supportive care
        add(AgentSchedule.of("dexamethasone", ORAL).costing("short course: not costed")
                .text("16 mg orally at once, then 16 mg daily until surgery or radiotherapy, with a proton-pump inhibitor; then taper",
                        "NICE NG234 (2023)"));
    }

    private AgentSchedules() {
    }

    private static void add(AgentSchedule schedule) {
        if (BY_INN.putIfAbsent(schedule.inn(), schedule) != null) {
            throw new IllegalStateException("two schedules for " + schedule.inn());
        }
    }

    public static Optional<AgentSchedule> of(String inn) {
        return Optional.ofNullable(BY_INN.get(inn));
    }

    /** The schedule of an agent a regimen names; an agent without one is a catalogue error. */
    public static AgentSchedule require(String inn) {
        return of(inn).orElseThrow(() -> new IllegalArgumentException("no standard schedule for " + inn));
    }

    public static Collection<AgentSchedule> all() {
        return Collections.unmodifiableCollection(BY_INN.values());
    }
}
