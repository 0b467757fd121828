package org.bcbm.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.bcbm.common.contract.access.AccessViews.FormularyEntry;
import org.bcbm.common.contract.evidence.EvidenceViews.ProfileView;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentDetail;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentView;
import org.bcbm.common.contract.evidence.EvidenceViews.TrialView;

/**
 * A treatment, its comparative profile and trials (evidence-service) and, asked with a country, its formulary entry
 * there (access-cost-service); {@code partial} with {@code degraded: ["access"]} when access-cost-service did not answer.
 */
public record TreatmentAnswer(TreatmentView treatment, ProfileView comparativeProfile, List<TrialView> trials,
        @JsonInclude(JsonInclude.Include.NON_NULL) TreatmentAccess access, boolean partial, List<String> degraded) {

    /** The treatment in one country: the country's tier and the drug's entry there, absent when none is on file. */
    public record TreatmentAccess(String country, String tier,
            @JsonInclude(JsonInclude.Include.NON_NULL) FormularyEntry formulary) {
    }

    /** What evidence-service knows, merged with what access-cost-service said (null: not asked, or did not answer). */
    public static TreatmentAnswer of(TreatmentDetail detail, TreatmentAccess access, List<String> degraded) {
        return new TreatmentAnswer(detail.treatment(), detail.comparativeProfile(), detail.trials(), access,
                !degraded.isEmpty(), degraded);
    }
}
