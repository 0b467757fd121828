package org.bcbm.fhir.mcode;

/** A resource or element that could not be mapped: resource reference, the field it was for, why. */
public record Unmapped(String resource, String field, String reason) {
}
