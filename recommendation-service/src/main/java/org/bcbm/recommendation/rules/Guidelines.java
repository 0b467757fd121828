package org.bcbm.recommendation.rules;

/**
 * The guideline documents the rules follow, cited by name on every option they shape; each is the current version
 * as checked on 2026-11-30 (docs/research/guidelines-2026.md).
 */
public final class Guidelines {

    public static final String ESMO_MBC =
            "ESMO Clinical Practice Guideline for metastatic breast cancer (Gennari A et al. Ann Oncol 2021;32:1475-1495, doi:10.1016/j.annonc.2021.09.019) and the ESMO Metastatic Breast Cancer Living Guideline treatment algorithms that update it";
    public static final String ABC =
            "6th and 7th international consensus guidelines for the management of advanced breast cancer, ABC 6 and 7 (Cardoso F et al. Breast 2024;76:103756, doi:10.1016/j.breast.2024.103756)";
    public static final String ESMO_BONE_2020 =
            "ESMO Clinical Practice Guideline on bone health in cancer (Coleman R et al. Ann Oncol 2020;31:1650-1663, doi:10.1016/j.annonc.2020.07.019)";
    public static final String ASCO_BMA_2017 =
            "ASCO guideline update on the role of bone-modifying agents in metastatic breast cancer (Van Poznak C et al. J Clin Oncol 2017;35:3978-3986, doi:10.1200/JCO.2017.75.4614)";
    public static final String ASTRO_BONE =
            "External beam radiation therapy for palliation of symptomatic bone metastases: an ASTRO clinical practice guideline (Alcorn S et al. Pract Radiat Oncol 2024, PMID 38788923), which replaces the 2017 update";
    public static final String PATCHELL_2005 =
            "Direct decompressive surgery plus radiotherapy vs radiotherapy alone for metastatic spinal cord compression (Patchell RA et al. Lancet 2005;366:643-648, doi:10.1016/S0140-6736(05)66954-1)";
    public static final String NICE_MSCC_2023 =
            "NICE guideline NG234: spinal metastases and metastatic spinal cord compression (2023), which replaces CG75";
    public static final String ZOMETA_SMPC =
            "Zoledronic acid 4 mg (Zometa) summary of product characteristics: dose reduction by creatinine clearance, not recommended below 30 mL/min; 4 mg single dose for hypercalcaemia of malignancy";
    public static final String XGEVA_SMPC =
            "Denosumab 120 mg (Xgeva) summary of product characteristics and US prescribing information: hypocalcaemia risk, calcium and vitamin D, dental examination; hypercalcaemia of malignancy refractory to bisphosphonates";
    public static final String PAMIDRONATE_SMPC =
            "Pamidronate disodium summary of product characteristics: not recommended in severe renal impairment (creatinine clearance below 30 mL/min); 60-90 mg single dose for hypercalcaemia of malignancy";
    public static final String MAJOR_2001 =
            "Zoledronic acid is superior to pamidronate in the treatment of hypercalcemia of malignancy: a pooled analysis of two randomized, controlled clinical trials (Major P et al. J Clin Oncol 2001;19:558-567)";
    public static final String HU_2014 =
            "Denosumab for treatment of hypercalcemia of malignancy (Hu MI et al. J Clin Endocrinol Metab 2014, PMID 24915117): 64% responded by day 10 in bisphosphonate-refractory hypercalcaemia";

    private Guidelines() {
    }
}
