package org.bcbm.recommendation.rules;

import static org.bcbm.recommendation.rules.Guidelines.ABC;
import static org.bcbm.recommendation.rules.Guidelines.ASCO_BMA_2017;
import static org.bcbm.recommendation.rules.Guidelines.ASTRO_BONE;
import static org.bcbm.recommendation.rules.Guidelines.ESMO_BONE_2020;
import static org.bcbm.recommendation.rules.Guidelines.ESMO_MBC;
import static org.bcbm.recommendation.rules.Guidelines.HU_2014;
import static org.bcbm.recommendation.rules.Guidelines.MAJOR_2001;
import static org.bcbm.recommendation.rules.Guidelines.NICE_MSCC_2023;
import static org.bcbm.recommendation.rules.Guidelines.PAMIDRONATE_SMPC;
import static org.bcbm.recommendation.rules.Guidelines.PATCHELL_2005;
import static org.bcbm.recommendation.rules.Guidelines.XGEVA_SMPC;
import static org.bcbm.recommendation.rules.Guidelines.ZOMETA_SMPC;
import static org.bcbm.recommendation.rules.Regimen.Category.BONE_MODIFYING;
import static org.bcbm.recommendation.rules.Regimen.Category.RADIOTHERAPY;
import static org.bcbm.recommendation.rules.Regimen.Category.SUPPORTIVE;
import static org.bcbm.recommendation.rules.Regimen.Category.SURGERY;
import static org.bcbm.recommendation.rules.Regimen.Category.SYSTEMIC;
import static org.bcbm.recommendation.rules.Regimen.Requirement.ESR1_MUTATION;
import static org.bcbm.recommendation.rules.Regimen.Requirement.GERMLINE_BRCA;
import static org.bcbm.recommendation.rules.Regimen.Requirement.HER2_LOW_OR_ULTRALOW;
import static org.bcbm.recommendation.rules.Regimen.Requirement.HER2_POSITIVE;
import static org.bcbm.recommendation.rules.Regimen.Requirement.HORMONE_RECEPTOR_POSITIVE;
import static org.bcbm.recommendation.rules.Regimen.Requirement.PDL1_CPS_10;
import static org.bcbm.recommendation.rules.Regimen.Requirement.PIK3CA_AKT1_OR_PTEN_ALTERATION;
import static org.bcbm.recommendation.rules.Regimen.Requirement.PIK3CA_MUTATION;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bcbm.recommendation.rules.Regimen.Dose;

/**
 * The regimen catalogue: the only place a regimen is defined (agents, schedule, evidence, selecting tests,
 * monitoring). Rules select and order these by name; the README's rules table is checked against it.
 */
public final class Regimens {

    private static final String NEUTROPENIA_CDK = "Blood counts at the start of each cycle and on day 15 of the first 2 cycles (neutropenia)";
    private static final String ILD = "Interstitial lung disease: stop and treat at the first sign";
    private static final String LVEF = "LVEF by echocardiogram or MUGA at baseline and every 3 months";
    private static final String HYPERGLYCAEMIA = "Hyperglycaemia: fasting glucose and HbA1c before and during treatment";

    // ---- HR+/HER2-: endocrine therapy with a CDK4/6 inhibitor, first line ----

    public static final Regimen LETROZOLE_RIBOCICLIB = Regimen.named("letrozole-ribociclib", "Letrozole + ribociclib", SYSTEMIC)
            .agents("letrozole", "ribociclib").requires(HORMONE_RECEPTOR_POSITIVE)
            .trials("MONALEESA-2", "MONALEESA-7").sources(ESMO_MBC, ABC)
            .monitoring("ECG (QTc) at baseline, day 14 and start of cycle 2",
                    "Liver function tests every 2 weeks for the first 2 cycles",
                    "Blood counts every 2 weeks for the first 2 cycles")
            .summary("Ribociclib with an aromatase inhibitor prolonged overall survival (MONALEESA-2; MONALEESA-7 in "
                    + "premenopausal women with ovarian suppression).")
            .build();

    public static final Regimen LETROZOLE_PALBOCICLIB = Regimen.named("letrozole-palbociclib", "Letrozole + palbociclib", SYSTEMIC)
            .agents("letrozole", "palbociclib").requires(HORMONE_RECEPTOR_POSITIVE)
            .trials("PALOMA-2").sources(ESMO_MBC, ABC).monitoring(NEUTROPENIA_CDK)
            .summary("Palbociclib with letrozole prolonged progression-free survival without a significant "
                    + "overall-survival gain (PALOMA-2).")
            .build();

    public static final Regimen LETROZOLE_ABEMACICLIB = Regimen.named("letrozole-abemaciclib", "Letrozole + abemaciclib", SYSTEMIC)
            .agents("letrozole", "abemaciclib").requires(HORMONE_RECEPTOR_POSITIVE)
            .trials("MONARCH-3").sources(ESMO_MBC, ABC)
            .monitoring("Diarrhoea: antidiarrhoeal at the first loose stool, fluids",
                    "Liver function tests every 2 weeks for the first 2 months",
                    "Blood counts every 2 weeks for the first 2 months", "Venous thromboembolism")
            .summary("Abemaciclib with an aromatase inhibitor prolonged progression-free survival; the final "
                    + "overall-survival difference was not statistically significant (MONARCH-3).")
            .build();

    public static final Regimen LETROZOLE = Regimen.named("letrozole", "Letrozole", SYSTEMIC)
            .agents("letrozole").requires(HORMONE_RECEPTOR_POSITIVE).sources(ESMO_MBC, ABC)
            .monitoring("Bone density and joint symptoms on aromatase inhibitors")
            .summary("Endocrine therapy alone was the control arm of PALOMA-2 and MONALEESA-2.")
            .build();

    public static final Regimen TAMOXIFEN = Regimen.named("tamoxifen", "Tamoxifen", SYSTEMIC)
            .agents("tamoxifen").requires(HORMONE_RECEPTOR_POSITIVE).sources(ABC, ESMO_MBC)
            .monitoring("Venous thromboembolism risk", "Endometrial changes: report abnormal bleeding")
            .summary("Tamoxifen is an effective, generic and globally available endocrine therapy.")
            .build();

    // ---- HR+/HER2-: endocrine-resistant first line and later endocrine-based lines ----

    public static final Regimen FULVESTRANT_RIBOCICLIB = Regimen.named("fulvestrant-ribociclib", "Fulvestrant + ribociclib", SYSTEMIC)
            .agents("fulvestrant", "ribociclib").requires(HORMONE_RECEPTOR_POSITIVE)
            .trials("MONALEESA-3").sources(ESMO_MBC, ABC)
            .monitoring("ECG (QTc) at baseline, day 14 and start of cycle 2",
                    "Liver function tests every 2 weeks for the first 2 cycles")
            .summary("Ribociclib with fulvestrant prolonged overall survival (MONALEESA-3).")
            .build();

    public static final Regimen FULVESTRANT_ABEMACICLIB = Regimen.named("fulvestrant-abemaciclib", "Fulvestrant + abemaciclib", SYSTEMIC)
            .agents("fulvestrant", "abemaciclib").requires(HORMONE_RECEPTOR_POSITIVE)
            .trials("MONARCH-2").sources(ESMO_MBC, ABC)
            .monitoring("Diarrhoea: antidiarrhoeal at the first loose stool, fluids",
                    "Liver function tests every 2 weeks for the first 2 months",
                    "Blood counts every 2 weeks for the first 2 months", "Venous thromboembolism")
            .summary("Abemaciclib with fulvestrant, after progression on endocrine therapy, prolonged progression-free "
                    + "and overall survival (MONARCH-2).")
            .build();

    public static final Regimen FULVESTRANT_PALBOCICLIB = Regimen.named("fulvestrant-palbociclib", "Fulvestrant + palbociclib", SYSTEMIC)
            .agents("fulvestrant", "palbociclib").requires(HORMONE_RECEPTOR_POSITIVE)
            .trials("PALOMA-3").sources(ESMO_MBC, ABC).monitoring(NEUTROPENIA_CDK)
            .summary("Palbociclib with fulvestrant after progression on endocrine therapy prolonged progression-free "
                    + "survival (PALOMA-3).")
            .build();

    public static final Regimen FULVESTRANT = Regimen.named("fulvestrant", "Fulvestrant", SYSTEMIC)
            .agents("fulvestrant").requires(HORMONE_RECEPTOR_POSITIVE).sources(ESMO_MBC, ABC)
            .monitoring("Injection-site reactions")
            .summary("Fulvestrant alone was the control arm of MONALEESA-3, PALOMA-3 and MONARCH-2.")
            .build();

    public static final Regimen INAVOLISIB_PALBOCICLIB_FULVESTRANT = Regimen.named("inavolisib-palbociclib-fulvestrant",
                    "Inavolisib + palbociclib + fulvestrant", SYSTEMIC)
            .agents("inavolisib", "palbociclib", "fulvestrant").requires(HORMONE_RECEPTOR_POSITIVE, PIK3CA_MUTATION)
            .trials("INAVO120").sources(ESMO_MBC)
            .monitoring(HYPERGLYCAEMIA, "Stomatitis", NEUTROPENIA_CDK, "Diarrhoea")
            .summary("Inavolisib with palbociclib and fulvestrant prolonged progression-free and overall survival over "
                    + "palbociclib and fulvestrant (INAVO120).")
            .build();

    public static final Regimen ELACESTRANT = Regimen.named("elacestrant", "Elacestrant", SYSTEMIC)
            .agents("elacestrant").requires(HORMONE_RECEPTOR_POSITIVE, ESR1_MUTATION)
            .trials("EMERALD").sources(ESMO_MBC).monitoring("Nausea", "Lipids")
            .summary("The oral SERD elacestrant prolonged progression-free survival over standard endocrine therapy, "
                    + "most in ESR1-mutated tumours (EMERALD).")
            .build();

    public static final Regimen IMLUNESTRANT = Regimen.named("imlunestrant", "Imlunestrant", SYSTEMIC)
            .agents("imlunestrant").requires(HORMONE_RECEPTOR_POSITIVE, ESR1_MUTATION)
            .trials("EMBER-3").sources(ESMO_MBC).monitoring("Diarrhoea", "Nausea", "Fatigue")
            .summary("The oral SERD imlunestrant prolonged progression-free survival over standard endocrine therapy "
                    + "in ESR1-mutated tumours (EMBER-3).")
            .build();

    public static final Regimen CAPIVASERTIB_FULVESTRANT = Regimen.named("capivasertib-fulvestrant", "Fulvestrant + capivasertib", SYSTEMIC)
            .agents("fulvestrant", "capivasertib").requires(HORMONE_RECEPTOR_POSITIVE, PIK3CA_AKT1_OR_PTEN_ALTERATION)
            .trials("CAPITELLO-291").sources(ESMO_MBC).monitoring(HYPERGLYCAEMIA, "Diarrhoea", "Rash")
            .summary("Capivasertib with fulvestrant prolonged progression-free survival, most in tumours with a "
                    + "PIK3CA, AKT1 or PTEN alteration (CAPItello-291).")
            .build();

    public static final Regimen ALPELISIB_FULVESTRANT = Regimen.named("alpelisib-fulvestrant", "Fulvestrant + alpelisib", SYSTEMIC)
            .agents("fulvestrant", "alpelisib").requires(HORMONE_RECEPTOR_POSITIVE, PIK3CA_MUTATION)
            .trials("SOLAR-1").sources(ESMO_MBC)
            .monitoring("Hyperglycaemia: fasting glucose and HbA1c; metformin prophylaxis in those at risk", "Rash", "Diarrhoea")
            .summary("Alpelisib with fulvestrant prolonged progression-free survival in PIK3CA-mutated disease after an "
                    + "aromatase inhibitor (SOLAR-1).")
            .build();

    public static final Regimen EVEROLIMUS_EXEMESTANE = Regimen.named("everolimus-exemestane", "Exemestane + everolimus", SYSTEMIC)
            .agents("exemestane", "everolimus").requires(HORMONE_RECEPTOR_POSITIVE)
            .trials("BOLERO-2").sources(ESMO_MBC, ABC)
            .monitoring("Stomatitis: dexamethasone mouthwash prophylaxis", "Pneumonitis", "Hyperglycaemia")
            .summary("Everolimus with exemestane after a non-steroidal aromatase inhibitor prolonged progression-free "
                    + "survival without an overall-survival gain (BOLERO-2).")
            .build();

    // ---- HER2-negative: PARP inhibitors ----

    public static final Regimen OLAPARIB = Regimen.named("olaparib", "Olaparib", SYSTEMIC)
            .agents("olaparib").requires(GERMLINE_BRCA).trials("OLYMPIAD").sources(ESMO_MBC)
            .monitoring("Anaemia: blood counts monthly", "Nausea")
            .summary("Olaparib prolonged progression-free survival over chemotherapy of physician's choice (OlympiAD).")
            .build();

    public static final Regimen TALAZOPARIB = Regimen.named("talazoparib", "Talazoparib", SYSTEMIC)
            .agents("talazoparib").requires(GERMLINE_BRCA).trials("EMBRACA").sources(ESMO_MBC)
            .monitoring("Anaemia: blood counts monthly")
            .summary("Talazoparib prolonged progression-free survival over chemotherapy of physician's choice (EMBRACA).")
            .build();

    // ---- antibody-drug conjugates ----

    public static final Regimen TRASTUZUMAB_DERUXTECAN = Regimen.named("trastuzumab-deruxtecan", "Trastuzumab deruxtecan", SYSTEMIC)
            .agents("trastuzumab deruxtecan")
            .trials("DESTINY-BREAST03", "DESTINY-BREAST04", "DESTINY-BREAST06").sources(ESMO_MBC)
            .monitoring(ILD, "LVEF monitoring", "Nausea")
            .build();

    public static final Regimen SACITUZUMAB_GOVITECAN = Regimen.named("sacituzumab-govitecan", "Sacituzumab govitecan", SYSTEMIC)
            .agents("sacituzumab govitecan").trials("TROPICS-02", "ASCENT", "ASCENT-03").sources(ESMO_MBC)
            .monitoring("Neutropenia: G-CSF as needed", "Diarrhoea", "UGT1A1*28 homozygotes: more toxicity")
            .build();

    public static final Regimen DATOPOTAMAB_DERUXTECAN = Regimen.named("datopotamab-deruxtecan", "Datopotamab deruxtecan", SYSTEMIC)
            .agents("datopotamab deruxtecan").trials("TROPION-BREAST02").sources(ESMO_MBC)
            .monitoring("Stomatitis: prophylactic mouthwash", "Ocular surface toxicity: eye care and review", ILD)
            .summary("Datopotamab deruxtecan prolonged progression-free and overall survival over chemotherapy in "
                    + "first-line triple-negative disease not suited to a PD-(L)1 inhibitor (TROPION-Breast02).")
            .build();

    // ---- chemotherapy ----

    public static final Regimen PACLITAXEL_WEEKLY = Regimen.named("paclitaxel-weekly", "Paclitaxel weekly", SYSTEMIC)
            .agents("paclitaxel").sources(ABC, ESMO_MBC).monitoring("Peripheral neuropathy", "Blood counts before each dose")
            .build();

    public static final Regimen CAPECITABINE = Regimen.named("capecitabine", "Capecitabine", SYSTEMIC)
            .agents("capecitabine").sources(ABC, ESMO_MBC).monitoring("Hand-foot syndrome", "Dose by creatinine clearance")
            .build();

    public static final Regimen ERIBULIN = Regimen.named("eribulin", "Eribulin", SYSTEMIC)
            .agents("eribulin").sources(ABC, ESMO_MBC).monitoring("Neutropenia", "Peripheral neuropathy")
            .summary("Eribulin is a later-line chemotherapy after an anthracycline and a taxane.")
            .build();

    public static final Regimen DOXORUBICIN = Regimen.named("doxorubicin", "Doxorubicin", SYSTEMIC)
            .agents("doxorubicin").sources(ABC, ESMO_MBC)
            .monitoring("LVEF before treatment; lifetime cumulative anthracycline dose", "Myelosuppression", "Alopecia")
            .summary("An anthracycline, if none was given before, gives a high and fast response rate.")
            .build();

    public static final Regimen DOCETAXEL_CAPECITABINE = Regimen.named("docetaxel-capecitabine", "Docetaxel + capecitabine", SYSTEMIC)
            .dose(Dose.asIn("docetaxel", "75 mg/m2 IV day 1 every 3 weeks"))
            .dose(Dose.asIn("capecitabine", "1250 mg/m2 orally twice daily, days 1-14 of 21 (reduce to 1000 mg/m2 if poorly tolerated)"))
            .sources(ABC, ESMO_MBC).monitoring("Hand-foot syndrome", "Neutropenia", "Diarrhoea", "Dose by creatinine clearance")
            .summary("Combination chemotherapy gives higher and faster responses than one agent, at the cost of more "
                    + "toxicity; it is preferred when a fast response is needed (visceral crisis).")
            .build();

    public static final Regimen GEMCITABINE_PACLITAXEL = Regimen.named("gemcitabine-paclitaxel", "Paclitaxel + gemcitabine", SYSTEMIC)
            .dose(Dose.asIn("paclitaxel", "175 mg/m2 IV day 1 every 3 weeks"))
            .dose(Dose.asIn("gemcitabine", "1250 mg/m2 IV days 1 and 8 every 3 weeks"))
            .sources(ABC, ESMO_MBC).monitoring("Myelosuppression: blood counts each cycle", "Peripheral neuropathy")
            .summary("Combination chemotherapy gives higher and faster responses than one agent, at the cost of more "
                    + "toxicity; it is preferred when a fast response is needed (visceral crisis).")
            .build();

    public static final Regimen CARBOPLATIN = Regimen.named("carboplatin", "Carboplatin", SYSTEMIC)
            .dose(Dose.asIn("carboplatin", "AUC 6 IV every 3 weeks")).requires(GERMLINE_BRCA).sources(ESMO_MBC, ABC)
            .monitoring("Myelosuppression", "Renal function")
            .summary("With a germline BRCA1/2 mutation, platinum chemotherapy is preferred to a taxane in the first line.")
            .build();

    // ---- triple-negative: immunotherapy ----

    public static final Regimen PEMBROLIZUMAB_PACLITAXEL = Regimen.named("pembrolizumab-paclitaxel", "Pembrolizumab + paclitaxel", SYSTEMIC)
            .agents("pembrolizumab").dose(Dose.asIn("paclitaxel", "90 mg/m2 IV days 1, 8 and 15 every 4 weeks"))
            .requires(PDL1_CPS_10).trials("KEYNOTE-355").sources(ESMO_MBC)
            .monitoring("Immune-related adverse events: thyroid function, liver tests, glucose", "Peripheral neuropathy")
            .summary("Pembrolizumab with chemotherapy prolonged progression-free and overall survival in PD-L1 CPS >= 10 "
                    + "triple-negative disease (KEYNOTE-355).")
            .build();

    public static final Regimen PEMBROLIZUMAB_GEMCITABINE_CARBOPLATIN = Regimen.named("pembrolizumab-gemcitabine-carboplatin",
                    "Pembrolizumab + gemcitabine + carboplatin", SYSTEMIC)
            .agents("pembrolizumab").dose(Dose.asIn("gemcitabine", "1000 mg/m2 IV days 1 and 8 every 3 weeks"))
            .dose(Dose.asIn("carboplatin", "AUC 2 IV days 1 and 8 every 3 weeks"))
            .requires(PDL1_CPS_10).trials("KEYNOTE-355").sources(ESMO_MBC)
            .monitoring("Immune-related adverse events", "Myelosuppression: blood counts each cycle")
            .summary("The platinum partner of KEYNOTE-355, when a taxane was recent or is unsuitable.")
            .build();

    public static final Regimen SACITUZUMAB_PEMBROLIZUMAB = Regimen.named("sacituzumab-govitecan-pembrolizumab",
                    "Sacituzumab govitecan + pembrolizumab", SYSTEMIC)
            .agents("sacituzumab govitecan", "pembrolizumab").requires(PDL1_CPS_10).trials("ASCENT-04").sources(ESMO_MBC)
            .monitoring("Neutropenia: G-CSF as needed", "Diarrhoea", "Immune-related adverse events")
            .summary("Sacituzumab govitecan with pembrolizumab prolonged progression-free survival over chemotherapy with "
                    + "pembrolizumab (ASCENT-04); overall survival is immature.")
            .build();

    // ---- HER2-positive ----

    public static final Regimen PERTUZUMAB_TRASTUZUMAB_DOCETAXEL = Regimen.named("pertuzumab-trastuzumab-docetaxel",
                    "Pertuzumab + trastuzumab + docetaxel", SYSTEMIC)
            .agents("pertuzumab", "trastuzumab", "docetaxel").requires(HER2_POSITIVE)
            .trials("CLEOPATRA").sources(ESMO_MBC, ABC).monitoring(LVEF, "Infusion reactions")
            .summary("Dual HER2 blockade with a taxane prolonged median overall survival by about 16 months (CLEOPATRA).")
            .build();

    public static final Regimen TRASTUZUMAB_DERUXTECAN_PERTUZUMAB = Regimen.named("trastuzumab-deruxtecan-pertuzumab",
                    "Trastuzumab deruxtecan + pertuzumab", SYSTEMIC)
            .agents("trastuzumab deruxtecan", "pertuzumab").requires(HER2_POSITIVE)
            .trials("DESTINY-BREAST09").sources(ESMO_MBC).monitoring(LVEF, "Infusion reactions", ILD)
            .summary("Trastuzumab deruxtecan with pertuzumab prolonged progression-free survival over taxane + "
                    + "trastuzumab + pertuzumab (40.7 vs 26.9 months, DESTINY-Breast09); overall survival is immature.")
            .build();

    public static final Regimen TRASTUZUMAB_DOCETAXEL = Regimen.named("trastuzumab-docetaxel", "Trastuzumab + docetaxel", SYSTEMIC)
            .agents("trastuzumab", "docetaxel").requires(HER2_POSITIVE)
            .trials("CLEOPATRA").sources(ESMO_MBC, ABC).monitoring(LVEF, "Infusion reactions")
            .summary("Trastuzumab with a taxane (the control arm of CLEOPATRA) is the sound choice where pertuzumab "
                    + "cannot be had; trastuzumab is on the WHO essential medicines list with its biosimilars.")
            .build();

    public static final Regimen PERTUZUMAB_TRASTUZUMAB_LETROZOLE = Regimen.named("pertuzumab-trastuzumab-letrozole",
                    "Maintenance after the taxane: pertuzumab + trastuzumab + letrozole", SYSTEMIC)
            .agents("pertuzumab", "trastuzumab", "letrozole").requires(HER2_POSITIVE, HORMONE_RECEPTOR_POSITIVE)
            .sources(ESMO_MBC, ABC).monitoring(LVEF)
            .summary("After 4-6 months of the taxane, dual HER2 blockade continues with endocrine therapy as maintenance "
                    + "until progression.")
            .build();

    public static final Regimen TUCATINIB_TRASTUZUMAB_CAPECITABINE = Regimen.named("tucatinib-trastuzumab-capecitabine",
                    "Tucatinib + trastuzumab + capecitabine", SYSTEMIC)
            .agents("tucatinib", "trastuzumab")
            .dose(Dose.asIn("capecitabine", "1000 mg/m2 orally twice daily, days 1-14 of 21"))
            .requires(HER2_POSITIVE).continuesBeyondProgression("trastuzumab")
            .trials("HER2CLIMB").sources(ESMO_MBC)
            .monitoring("Diarrhoea", "Liver function tests", "Hand-foot syndrome", LVEF)
            .summary("Tucatinib added to trastuzumab and capecitabine prolonged progression-free and overall survival in "
                    + "pretreated HER2-positive disease, including active or stable brain metastases (HER2CLIMB).")
            .build();

    public static final Regimen TRASTUZUMAB_EMTANSINE = Regimen.named("trastuzumab-emtansine", "Trastuzumab emtansine", SYSTEMIC)
            .agents("trastuzumab emtansine").requires(HER2_POSITIVE).sources(ESMO_MBC, ABC)
            .monitoring("Thrombocytopenia", "Liver function tests", LVEF)
            .summary("An anti-HER2 antibody-drug conjugate for later lines, or where trastuzumab deruxtecan cannot be had.")
            .build();

    public static final Regimen TRASTUZUMAB_CAPECITABINE = Regimen.named("trastuzumab-capecitabine", "Trastuzumab + capecitabine", SYSTEMIC)
            .agents("trastuzumab", "capecitabine").requires(HER2_POSITIVE).continuesBeyondProgression("trastuzumab")
            .sources(ABC).monitoring(LVEF, "Hand-foot syndrome")
            .summary("Continuing HER2 blockade beyond progression with a new chemotherapy partner, where newer agents "
                    + "cannot be had.")
            .build();

    // ---- bone-modifying agents ----

    public static final Regimen DENOSUMAB = Regimen.named("denosumab", "Denosumab 120 mg SC every 4 weeks", BONE_MODIFYING)
            .agents("denosumab").trials("STOPECK-2010").sources(ESMO_BONE_2020, ASCO_BMA_2017, XGEVA_SMPC)
            .monitoring("Check calcium before each dose (hypocalcaemia)")
            .summary("Denosumab delayed the first skeletal-related event more than zoledronic acid in breast cancer with "
                    + "bone metastases (Stopeck 2010) and needs no renal dose adjustment.")
            .build();

    public static final Regimen ZOLEDRONIC_ACID = Regimen.named("zoledronic-acid", "Zoledronic acid 4 mg IV every 3-4 weeks or every 12 weeks", BONE_MODIFYING)
            .agents("zoledronic acid").trials("CALGB-70604").sources(ESMO_BONE_2020, ASCO_BMA_2017, ZOMETA_SMPC)
            .monitoring("Serum creatinine before each dose; acute-phase reaction after the first infusion")
            .summary("Zoledronic acid reduces skeletal-related events, is generic, affordable and on the WHO essential "
                    + "medicines list; every 12 weeks was not inferior to every 4 weeks once started (CALGB 70604); "
                    + "denosumab delayed the first event somewhat longer (Stopeck 2010).")
            .build();

    public static final Regimen PAMIDRONIC_ACID = Regimen.named("pamidronic-acid", "Pamidronate 90 mg IV every 3-4 weeks", BONE_MODIFYING)
            .agents("pamidronic acid").sources(ASCO_BMA_2017, PAMIDRONATE_SMPC)
            .monitoring("Serum creatinine before each dose")
            .summary("Pamidronate is an older bisphosphonate; an alternative where zoledronic acid and denosumab cannot be had.")
            .build();

    // ---- hypercalcaemia of malignancy ----

    public static final Regimen HYDRATION = Regimen.named("intravenous-hydration", "Intravenous hydration with 0.9% sodium chloride", SUPPORTIVE)
            .procedure("IV 0.9% sodium chloride, adjusted to cardiac and renal function").sources(ESMO_BONE_2020)
            .monitoring("Calcium, renal function and fluid balance daily",
                    "Stop calcium and vitamin D supplements while hypercalcaemic")
            .summary("Hypercalcaemia of malignancy: rehydrate first, then give an intravenous bisphosphonate.")
            .build();

    public static final Regimen HYPERCALCAEMIA_ZOLEDRONIC_ACID = Regimen.named("hypercalcaemia-zoledronic-acid",
                    "Zoledronic acid 4 mg IV, single dose, for hypercalcaemia", SUPPORTIVE)
            .dose(Dose.asIn("zoledronic acid", "4 mg IV over at least 15 minutes, once, after rehydration; a repeat 4 mg "
                    + "dose if calcium has not normalised after at least 7 days"))
            .sources(MAJOR_2001, ZOMETA_SMPC, ESMO_BONE_2020)
            .monitoring("Serum creatinine before the dose", "Calcium daily until normal")
            .summary("Zoledronic acid 4 mg normalised calcium more often and for longer than pamidronate 90 mg (Major 2001).")
            .build();

    public static final Regimen HYPERCALCAEMIA_PAMIDRONIC_ACID = Regimen.named("hypercalcaemia-pamidronic-acid",
                    "Pamidronate 60-90 mg IV, single dose, for hypercalcaemia", SUPPORTIVE)
            .dose(Dose.asIn("pamidronic acid", "60-90 mg IV over at least 2 hours, once, after rehydration"))
            .sources(MAJOR_2001, PAMIDRONATE_SMPC)
            .monitoring("Serum creatinine before the dose", "Calcium daily until normal")
            .summary("Pamidronate is the alternative intravenous bisphosphonate (the comparator of Major 2001).")
            .build();

    public static final Regimen HYPERCALCAEMIA_DENOSUMAB = Regimen.named("hypercalcaemia-denosumab",
                    "Denosumab 120 mg SC for bisphosphonate-refractory hypercalcaemia", SUPPORTIVE)
            .dose(Dose.asIn("denosumab", "120 mg SC every 4 weeks, with additional 120 mg doses on days 8 and 15 of the first month"))
            .sources(HU_2014, XGEVA_SMPC, ESMO_BONE_2020)
            .monitoring("Calcium closely: hypocalcaemia can follow")
            .summary("Denosumab lowers calcium in hypercalcaemia that persists after a bisphosphonate, and can be given "
                    + "where bisphosphonates are contraindicated (Hu 2014; Xgeva label).")
            .build();

    // ---- local treatment of bone metastases ----

    public static final Regimen RADIOTHERAPY_8GY = Regimen.named("radiotherapy-8gy-single-fraction",
                    "External beam radiotherapy 8 Gy single fraction", RADIOTHERAPY)
            .procedure("8 Gy in 1 fraction to the painful site").radiotherapy(8, 1).sources(ESMO_BONE_2020, ASTRO_BONE)
            .monitoring("Pain flare in the first days: consider dexamethasone prophylaxis",
                    "Prophylactic antiemetics for fields including the abdomen")
            .summary("A single 8 Gy fraction relieves pain as well as longer courses, with more convenience and lower "
                    + "cost; retreatment is more often needed.")
            .build();

    public static final Regimen DEXAMETHASONE_MSCC = Regimen.named("dexamethasone-cord-compression", "Dexamethasone 16 mg daily", SUPPORTIVE)
            .agents("dexamethasone").sources(NICE_MSCC_2023)
            .monitoring("Blood glucose monitoring", "Urgent MRI of the whole spine")
            .summary("Suspected metastatic spinal cord compression: start corticosteroids immediately, before imaging results.")
            .build();

    public static final Regimen DECOMPRESSIVE_SURGERY = Regimen.named("decompressive-surgery-then-radiotherapy",
                    "Urgent decompressive surgery followed by radiotherapy", SURGERY)
            .procedure("surgery within 24 hours where possible, then postoperative radiotherapy")
            .sources(PATCHELL_2005, NICE_MSCC_2023, ESMO_BONE_2020)
            .monitoring("Urgent spinal surgical opinion", "Postoperative radiotherapy once the wound has healed")
            .summary("Direct decompressive surgery plus radiotherapy kept more patients walking, for longer, than "
                    + "radiotherapy alone in patients with one area of compression (Patchell 2005).")
            .build();

    public static final Regimen RADIOTHERAPY_CORD_COMPRESSION = Regimen.named("radiotherapy-20gy-5-fractions-cord-compression",
                    "External beam radiotherapy 20 Gy in 5 fractions to the compression", RADIOTHERAPY)
            .procedure("20 Gy in 5 fractions, starting urgently").radiotherapy(20, 5).sources(NICE_MSCC_2023, ESMO_BONE_2020)
            .monitoring("Start within 24 hours")
            .build();

    public static final Regimen FRACTURE_STABILISATION = Regimen.named("fracture-stabilisation-then-radiotherapy",
                    "Surgical stabilisation of the pathological fracture followed by radiotherapy", SURGERY)
            .procedure("orthopaedic fixation, then postoperative radiotherapy to the operated bone").sources(ESMO_BONE_2020)
            .monitoring("Orthopaedic surgical opinion", "Postoperative radiotherapy after fixation")
            .summary("A pathological fracture of a long bone is stabilised surgically, then irradiated.")
            .build();

    public static final Regimen PROPHYLACTIC_FIXATION = Regimen.named("prophylactic-fixation-then-radiotherapy",
                    "Prophylactic surgical fixation of the impending fracture followed by radiotherapy", SURGERY)
            .procedure("orthopaedic fixation, then postoperative radiotherapy to the operated bone").sources(ESMO_BONE_2020)
            .monitoring("Orthopaedic surgical opinion", "Postoperative radiotherapy after fixation")
            .summary("An impending fracture is better fixed before it breaks than after.")
            .build();

    public static final Regimen POSTOPERATIVE_RADIOTHERAPY = Regimen.named("postoperative-radiotherapy-8gy",
                    "Postoperative external beam radiotherapy 8 Gy single fraction", RADIOTHERAPY)
            .procedure("8 Gy in 1 fraction to the operated bone once healed").radiotherapy(8, 1)
            .sources(ESMO_BONE_2020, ASTRO_BONE)
            .summary("Radiotherapy after orthopaedic fixation treats the residual tumour and protects the fixation.")
            .build();

    private static final Map<String, Regimen> BY_NAME = index();

    private Regimens() {
    }

    private static Map<String, Regimen> index() {
        Map<String, Regimen> byName = new LinkedHashMap<>();
        for (Field f : Regimens.class.getDeclaredFields()) {
            if (f.getType() == Regimen.class && Modifier.isStatic(f.getModifiers())) {
                try {
                    Regimen r = (Regimen) f.get(null);
                    if (byName.putIfAbsent(r.name(), r) != null) {
                        throw new IllegalStateException("two regimens named " + r.name());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return byName;
    }

    public static Optional<Regimen> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Every regimen, in catalogue order. */
    public static List<Regimen> all() {
        return new ArrayList<>(BY_NAME.values());
    }
}
