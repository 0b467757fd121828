package org.bcbm.fhir.mcode;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.bcbm.common.contract.Enums.Site;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;

/**
 * mCODE PrimaryCancerCondition (breast) and SecondaryCancerCondition (site from the code, else from bodySite).
 * A condition whose verificationStatus is refuted or entered-in-error is ignored.
 */
final class CancerConditions {

    private CancerConditions() {
    }

    /** Whether the condition counts at all (not refuted, not entered in error). */
    static boolean counts(Condition condition) {
        CodeableConcept verification = condition.getVerificationStatus();
        for (Coding coding : verification.getCoding()) {
            if (McodeCodes.EXCLUDED_VERIFICATION.contains(coding.getCode())) {
                return false;
            }
        }
        return true;
    }

    /** A breast primary by one of {@link McodeCodes#BREAST_PRIMARY}. */
    static boolean isBreastPrimary(Condition condition) {
        return McodeCodes.BREAST_PRIMARY.stream().anyMatch(code -> code.in(condition.getCode()));
    }

    /** Whether the code is a secondary malignant neoplasm this mapper knows (by site, or the generic 128462008). */
    static boolean isSecondary(Condition condition) {
        return McodeCodes.SECONDARY_MALIGNANT_NEOPLASM.in(condition.getCode())
                || McodeCodes.SECONDARY_SITE_BY_CODE.keySet().stream().anyMatch(code -> code.in(condition.getCode()));
    }

    /**
     * The metastatic site of a secondary cancer condition: from its code when the code names the site (e.g. 94222008
     * bone), else from a known bodySite; a secondary condition with neither is unmapped, never guessed.
     */
    static Optional<Site> site(Condition condition, Findings findings) {
        for (Map.Entry<Code, Site> entry : McodeCodes.SECONDARY_SITE_BY_CODE.entrySet()) {
            if (entry.getKey().in(condition.getCode())) {
                return Optional.of(entry.getValue());
            }
        }
        for (CodeableConcept bodySite : condition.getBodySite()) {
            for (Map.Entry<Code, Site> entry : McodeCodes.SITE_BY_BODY_SITE.entrySet()) {
                if (entry.getKey().in(bodySite)) {
                    return Optional.of(entry.getValue());
                }
            }
        }
        findings.unmapped(condition, "metastases.sites",
                condition.hasBodySite() ? "secondary cancer condition whose bodySite is not a known site"
                        : "secondary cancer condition with neither a site-specific code nor a bodySite");
        return Optional.empty();
    }

    /** When the condition was diagnosed: onsetDateTime, else onsetPeriod.start, else recordedDate; null when none. */
    static LocalDate diagnosed(Condition condition) {
        if (condition.hasOnsetDateTimeType()) {
            return Dates.of(condition.getOnsetDateTimeType());
        }
        if (condition.hasOnsetPeriod() && condition.getOnsetPeriod().hasStart()) {
            return Dates.of(condition.getOnsetPeriod().getStartElement());
        }
        return condition.hasRecordedDate() ? Dates.of(condition.getRecordedDateElement()) : null;
    }
}
