package org.bcbm.fhir.mcode;

import static org.bcbm.fhir.mcode.Code.icd10cm;
import static org.bcbm.fhir.mcode.Code.loinc;
import static org.bcbm.fhir.mcode.Code.snomed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bcbm.common.contract.Enums.MenopausalStatus;
import org.bcbm.common.contract.Enums.Site;

/**
 * Every code the mapper accepts, with its code system; docs/research/mcode-codes.md names the source each was checked
 * against. A code not listed here is not accepted: its resource or element goes to the unmapped list.
 */
final class McodeCodes {

    private McodeCodes() {
    }

    // primary cancer condition: breast (mCODE STU4 examples and PrimaryCancerDisorderVS)
    static final List<Code> BREAST_PRIMARY = List.of(
            snomed("254837009", "Malignant neoplasm of breast (disorder)"),
            snomed("372137005", "Primary malignant neoplasm of breast (disorder)"),
            snomed("353431000119107", "Primary malignant neoplasm of female left breast (disorder)"));

    // secondary cancer condition: SNOMED CT is-a 128462008, or ICD-10-CM (mCODE SecondaryCancerDisorderVS)
    static final Code SECONDARY_MALIGNANT_NEOPLASM = snomed("128462008", "Secondary malignant neoplastic disease (disorder)");
    static final Map<Code, Site> SECONDARY_SITE_BY_CODE = new LinkedHashMap<>();
    // body sites for a secondary condition whose code does not name its site (mCODE STU4 FSH body structures)
    static final Map<Code, Site> SITE_BY_BODY_SITE = new LinkedHashMap<>();

    static {
        SECONDARY_SITE_BY_CODE.put(snomed("94222008", "Secondary malignant neoplasm of bone (disorder)"), Site.BONE);
        SECONDARY_SITE_BY_CODE.put(snomed("94225005", "Secondary malignant neoplasm of brain (disorder)"), Site.BRAIN);
        SECONDARY_SITE_BY_CODE.put(snomed("94381002", "Secondary malignant neoplasm of liver (disorder)"), Site.LIVER);
        SECONDARY_SITE_BY_CODE.put(snomed("94391008", "Secondary malignant neoplasm of lung (disorder)"), Site.LUNG);
        SECONDARY_SITE_BY_CODE.put(snomed("94493005", "Secondary malignant neoplasm of pleura (disorder)"), Site.PLEURA);
        SECONDARY_SITE_BY_CODE.put(icd10cm("C79.51", "Secondary malignant neoplasm of bone"), Site.BONE);
        SECONDARY_SITE_BY_CODE.put(icd10cm("C79.31", "Secondary malignant neoplasm of brain"), Site.BRAIN);
        SECONDARY_SITE_BY_CODE.put(icd10cm("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), Site.LIVER);
        SECONDARY_SITE_BY_CODE.put(icd10cm("C78.0", "Secondary malignant neoplasm of lung"), Site.LUNG);
        SECONDARY_SITE_BY_CODE.put(icd10cm("C78.00", "Secondary malignant neoplasm of unspecified lung"), Site.LUNG);
        SECONDARY_SITE_BY_CODE.put(icd10cm("C78.01", "Secondary malignant neoplasm of right lung"), Site.LUNG);
        SECONDARY_SITE_BY_CODE.put(icd10cm("C78.02", "Secondary malignant neoplasm of left lung"), Site.LUNG);
        SECONDARY_SITE_BY_CODE.put(icd10cm("C78.2", "Secondary malignant neoplasm of pleura"), Site.PLEURA);
        SECONDARY_SITE_BY_CODE.put(icd10cm("C79.2", "Secondary malignant neoplasm of skin"), Site.SKIN);
        for (String c : List.of("C77", "C77.0", "C77.1", "C77.2", "C77.3", "C77.4", "C77.5", "C77.8", "C77.9")) {
            SECONDARY_SITE_BY_CODE.put(icd10cm(c, "Secondary and unspecified malignant neoplasm of lymph nodes"), Site.LYMPH_NODE);
        }

        SITE_BY_BODY_SITE.put(snomed("10200004", "Liver structure (body structure)"), Site.LIVER);
        SITE_BY_BODY_SITE.put(snomed("39607008", "Lung structure (body structure)"), Site.LUNG);
        SITE_BY_BODY_SITE.put(snomed("12738006", "Brain structure (body structure)"), Site.BRAIN);
        SITE_BY_BODY_SITE.put(snomed("39937001", "Skin structure (body structure)"), Site.SKIN);
        SITE_BY_BODY_SITE.put(snomed("68171009", "Axillary lymph node structure (body structure)"), Site.LYMPH_NODE);
        SITE_BY_BODY_SITE.put(snomed("81105003", "Cervical lymph node structure (body structure)"), Site.LYMPH_NODE);
        SITE_BY_BODY_SITE.put(snomed("62683002", "Mediastinal lymph node structure (body structure)"), Site.LYMPH_NODE);
        for (String[] bone : new String[][] {
                {"113197003", "Bone structure of rib"}, {"35769007", "Bone structure of thoracic vertebra"},
                {"73903008", "Bone structure of lumbar vertebra"}, {"71341001", "Bone structure of femur"},
                {"85050009", "Bone structure of humerus"}, {"22356005", "Bone structure of ilium"},
                {"89546000", "Bone structure of cranium"}, {"79601000", "Bone structure of scapula"},
                {"51299004", "Bone structure of clavicle"}, {"37783008", "Bone structure of acetabulum"},
                {"85710004", "Bone structure of ischium"}}) {
            SITE_BY_BODY_SITE.put(snomed(bone[0], bone[1] + " (body structure)"), Site.BONE);
        }
    }

    // clinical status values that exclude a condition from the profile
    static final List<String> EXCLUDED_VERIFICATION = List.of("refuted", "entered-in-error");

    // tumour markers (mCODE STU4 TumorMarkerTestVS and its examples)
    static final List<Code> ER = List.of(
            loinc("85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain"),
            loinc("16112-5", "Estrogen receptor [Interpretation] in Tissue"));
    static final Code ER_PERCENT = loinc("85329-1", "Cells.estrogen receptor/100 cells in Breast cancer specimen by Immune stain");
    static final List<Code> PR = List.of(
            loinc("85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain"),
            loinc("16113-3", "Progesterone receptor [Interpretation] in Tissue"));
    static final Code PR_PERCENT = loinc("85325-9", "Cells.progesterone receptor/100 cells in Breast cancer specimen by Immune stain");
    static final Code KI67_PERCENT = loinc("85330-9", "Cells.Ki-67 nuclear Ag/100 cells in Breast cancer specimen by Immune stain");
    static final Code HER2_INTERPRETATION = loinc("48676-1", "HER2 [Interpretation] in Tissue");
    static final Code HER2_IHC = loinc("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain");
    static final Code HER2_ISH = loinc("85318-4", "ERBB2 gene duplication [Presence] in Breast cancer specimen by FISH");
    /**
     * The one representation of HER2-ultralow the mapper accepts: a component of the HER2 IHC (85319-2) observation
     * scored 0, with this project code and the percentage of invasive tumour cells with faint or incomplete membrane
     * staining as a Quantity in %. No LOINC or SNOMED CT code for that percentage could be confirmed.
     */
    static final Code HER2_FAINT_STAINING_PERCENT = new Code("https://bcbm-navigator.org/fhir/CodeSystem/her2-ihc",
            "faint-incomplete-membrane-staining-percent",
            "Invasive tumour cells with faint or incomplete HER2 membrane staining [%]");
    static final Code PDL1_22C3 = loinc("83052-1", "PD-L1 by clone 22C3 [Presence] in Tissue by Immune stain");
    static final Code PDL1_SCORING_METHOD = loinc("105302-4", "PD-L1 scoring method");
    static final Code PDL1_TUMOUR_PROPORTION = loinc("83053-9",
            "Cells.programmed cell death ligand 1/100 viable tumor cells in Tissue by Immune stain");

    // answers for presence/interpretation observations (mCODE STU4 examples)
    static final List<Code> POSITIVE = List.of(loinc("LA6576-8", "Positive"), snomed("10828004", "Positive (qualifier value)"));
    static final List<Code> NEGATIVE = List.of(loinc("LA6577-6", "Negative"), snomed("260385009", "Negative (qualifier value)"));

    // performance status
    static final Code ECOG = loinc("89247-1", "ECOG Performance Status score");

    // genomics (mCODE STU4 GenomicVariant and its examples)
    static final Code GENOMIC_VARIANT = loinc("69548-6", "Genetic variant assessment");
    static final Code GENE_STUDIED = loinc("48018-6", "Gene studied [ID]");
    static final Code GENOMIC_SOURCE_CLASS = loinc("48002-0", "Genomic source class [Type]");
    static final Code GERMLINE = loinc("LA6683-2", "Germline");
    static final Code SOMATIC = loinc("LA6684-0", "Somatic");
    static final Code VARIANT_PRESENT = loinc("LA9633-4", "Present");
    /** HGNC id (without the "HGNC:" prefix) to symbol, for the genes the platform's rules read. */
    static final Map<String, String> GENE_BY_HGNC_ID = Map.of(
            "8975", "PIK3CA", "3467", "ESR1", "391", "AKT1", "9588", "PTEN", "1100", "BRCA1", "1101", "BRCA2");

    // renal function and calcium
    static final Code CREATININE_CLEARANCE = loinc("2164-2", "Creatinine renal clearance in 24 hour Urine and Serum or Plasma");
    static final Code EGFR_MDRD = loinc("33914-3", "Glomerular filtration rate/1.73 sq M.predicted by Creatinine-based formula (MDRD)");
    static final Code CALCIUM_TOTAL = loinc("17861-6", "Calcium [Mass/volume] in Serum or Plasma");
    static final Code CALCIUM_TOTAL_MOLAR = loinc("2000-8", "Calcium [Moles/volume] in Serum or Plasma");
    static final Code CALCIUM_CORRECTED = loinc("29265-6", "Calcium [Moles/volume] corrected for albumin in Serum or Plasma");
    static final Code ALBUMIN = loinc("1751-7", "Albumin [Mass/volume] in Serum or Plasma");

    // menopausal phase as an Observation value (DICOM CID 6086, SNOMED CT)
    static final Map<Code, MenopausalStatus> MENOPAUSAL_PHASE = Map.of(
            snomed("309606002", "Before menopause"), MenopausalStatus.PREMENOPAUSAL,
            snomed("303111005", "During menopause"), MenopausalStatus.PERIMENOPAUSAL,
            snomed("307429007", "After menopause"), MenopausalStatus.POSTMENOPAUSAL,
            snomed("371036001", "Postsurgical menopause"), MenopausalStatus.POSTMENOPAUSAL,
            snomed("31351009", "Artificial menopause state"), MenopausalStatus.POSTMENOPAUSAL);

    // medication status reasons and intent (mCODE TreatmentTerminationReasonVS, ProcedureIntentVS)
    static final Code NO_RESPONSE_TO_TREATMENT = snomed("266721009", "No response to treatment (situation)");
    static final Code PALLIATIVE_INTENT = snomed("363676003", "Palliative - procedure intent");
    static final String TREATMENT_INTENT_EXTENSION = "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-procedure-intent";
}
