package org.bcbm.fhir.mcode;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/** One code of one code system, as the mapper accepts it; {@code display} is for the source note and messages only. */
record Code(String system, String code, String display) {

    static final String LOINC = "http://loinc.org";
    static final String SNOMED = "http://snomed.info/sct";
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    /** mCODE STU4's alias for HGNC; gene codes are "HGNC:n" (or, in some mCODE examples, the bare number). */
    static final String HGNC = "http://www.genenames.org";

    static Code loinc(String code, String display) {
        return new Code(LOINC, code, display);
    }

    static Code snomed(String code, String display) {
        return new Code(SNOMED, code, display);
    }

    static Code icd10cm(String code, String display) {
        return new Code(ICD10CM, code, display);
    }

    boolean matches(Coding coding) {
        return coding != null && system.equals(coding.getSystem()) && code.equals(coding.getCode());
    }

    /** Whether any coding of {@code concept} is this code. */
    boolean in(CodeableConcept concept) {
        if (concept == null) {
            return false;
        }
        for (Coding coding : concept.getCoding()) {
            if (matches(coding)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return system + "|" + code;
    }
}
