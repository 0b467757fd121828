package org.bcbm.fhir.mcode;

/** FHIR input that is not what the mapper reads at all (not JSON, not a Bundle); names the field at fault. */
public class FhirInputException extends RuntimeException {

    private final String field;

    public FhirInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public FhirInputException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The element at fault, e.g. "resourceType" or "entry[2].resource". */
    public String field() {
        return field;
    }
}
