package org.bcbm.fhir.mcode;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationComponentComponent;

/**
 * mCODE GenomicVariant (69548-6): the gene from the gene-studied component (48018-6, HGNC id), germline or somatic
 * from the genomic-source-class component (48002-0: LA6683-2 germline, LA6684-0 somatic), and whether the variant
 * is present (value LA9633-4, or no value: a GenomicVariant reports a found variant).
 */
final class GenomicVariants {

    /** One variant the platform's rules read. */
    record Variant(String gene, boolean germline) {
    }

    private GenomicVariants() {
    }

    static Variant variant(Observation observation, Findings findings) {
        if (observation.hasValue()) {
            if (!(observation.getValue() instanceof CodeableConcept)
                    || !McodeCodes.VARIANT_PRESENT.in((CodeableConcept) observation.getValue())) {
                findings.unmapped(observation, "tumour.somaticAlterations", "variant value is not 'Present' (LA9633-4)");
                return null;
            }
        }
        String gene = null;
        Boolean germline = null;
        boolean geneComponent = false;
        for (ObservationComponentComponent component : observation.getComponent()) {
            if (McodeCodes.GENE_STUDIED.in(component.getCode())) {
                geneComponent = true;
                gene = gene(component);
            } else if (McodeCodes.GENOMIC_SOURCE_CLASS.in(component.getCode())
                    && component.getValue() instanceof CodeableConcept) {
                CodeableConcept source = (CodeableConcept) component.getValue();
                if (McodeCodes.GERMLINE.in(source)) {
                    germline = true;
                } else if (McodeCodes.SOMATIC.in(source)) {
                    germline = false;
                }
            }
        }
        if (gene == null) {
            findings.unmapped(observation, "tumour.somaticAlterations", geneComponent
                    ? "gene is not one the platform reads (PIK3CA, ESR1, AKT1, PTEN, BRCA1, BRCA2 by HGNC id)"
                    : "no gene-studied (48018-6) component");
            return null;
        }
        if (germline == null) {
            findings.unmapped(observation, "tumour.somaticAlterations", "no genomic source class (48002-0) germline "
                    + "or somatic: " + gene + " not used");
            return null;
        }
        return new Variant(gene, germline);
    }

    /** The symbol for an HGNC coding "HGNC:8975" (or "8975", as some mCODE examples write it). */
    static String gene(ObservationComponentComponent component) {
        if (!(component.getValue() instanceof CodeableConcept)) {
            return null;
        }
        for (Coding coding : ((CodeableConcept) component.getValue()).getCoding()) {
            if (coding.getSystem() != null && coding.getSystem().startsWith(Code.HGNC) && coding.getCode() != null) {
                String id = coding.getCode().startsWith("HGNC:") ? coding.getCode().substring(5) : coding.getCode();
                String symbol = McodeCodes.GENE_BY_HGNC_ID.get(id);
                if (symbol != null) {
                    return symbol;
                }
            }
        }
        return null;
    }
}
