package org.bcbm.recommendation.rules;

/** The guideline documents the rules follow, cited by name on every option they shape. */
public final class Guidelines {

    public static final String ESMO_MBC_2021 =
            "ESMO Clinical Practice Guideline for metastatic breast cancer (Gennari A et al. Ann Oncol 2021;32:1475-1495, doi:10.1016/j.annonc.2021.09.019) and its living guideline updates";
    public static final String ABC5 =
            "5th ESO-ESMO international consensus guidelines for advanced breast cancer, ABC 5 (Cardoso F et al. Ann Oncol 2020;31:1623-1649, doi:10.1016/j.annonc.2020.09.010)";
    public static final String ESMO_BONE_2020 =
            "ESMO Clinical Practice Guideline on bone health in cancer (Coleman R et al. Ann Oncol 2020;31:1650-1663, doi:10.1016/j.annonc.2020.07.019)";
    public static final String ASCO_BMA_2017 =
            "ASCO guideline update on the role of bone-modifying agents in metastatic breast cancer (Van Poznak C et al. J Clin Oncol 2017;35:3978-3986, doi:10.1200/JCO.2017.75.4614)";
    public static final String ASTRO_BONE_2017 =
            "ASTRO guideline on palliative radiotherapy for bone metastases, update (Lutz S et al. Pract Radiat Oncol 2017;7:4-12, doi:10.1016/j.prro.2016.08.001)";
    public static final String PATCHELL_2005 =
            "Direct decompressive surgery plus radiotherapy vs radiotherapy alone for metastatic spinal cord compression (Patchell RA et al. Lancet 2005;366:643-648, doi:10.1016/S0140-6736(05)66954-1)";
    public static final String NICE_MSCC_2023 =
            "NICE guideline NG234: spinal metastases and metastatic spinal cord compression (2023)";
    public static final String ZOMETA_SMPC =
            "Zoledronic acid 4 mg (Zometa) summary of product characteristics: dose reduction by creatinine clearance, not recommended below 30 mL/min";
    public static final String XGEVA_SMPC =
            "Denosumab 120 mg (Xgeva) summary of product characteristics: hypocalcaemia risk, calcium and vitamin D, dental examination";
    public static final String PAMIDRONATE_SMPC =
            "Pamidronate disodium summary of product characteristics: not recommended in severe renal impairment (creatinine clearance below 30 mL/min)";

    private Guidelines() {
    }
}
