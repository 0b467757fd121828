package org.bcbm.gateway.client;

import jakarta.enterprise.context.Dependent;
import java.util.List;
import java.util.Map;
import org.bcbm.common.contract.Page;
import org.bcbm.common.contract.access.AccessViews.CountryView;
import org.bcbm.common.contract.access.AccessViews.FormularyEntry;
import org.bcbm.common.contract.access.AccessViews.RegimenCosts;
import org.bcbm.common.contract.evidence.EvidenceViews.McbsGrade;
import org.bcbm.common.contract.evidence.EvidenceViews.ProfileView;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentDetail;
import org.bcbm.common.contract.evidence.EvidenceViews.TreatmentView;
import org.bcbm.common.contract.evidence.EvidenceViews.TrialView;
import org.bcbm.common.outbox.Reconciliation;
import org.bcbm.common.problem.ProblemException;
import org.bcbm.gateway.config.GatewayConfig;
import org.eclipse.microprofile.faulttolerance.ExecutionContext;
import org.eclipse.microprofile.faulttolerance.FallbackHandler;

/**
 * The 503 problem a partner gets when the one service that can answer a call does not, and the fallback handlers
 * that raise it for every call of a client (one per service and return type, instead of a method per call).
 */
final class Unavailable {

    private Unavailable() {
    }

    static ProblemException of(String service, int retryAfterSeconds) {
        return new ProblemException(503, "Service Unavailable", service + " did not answer in time; retry later", null,
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    /**
     * Raises the 503 for one service, whatever the call's return type. Each subclass names FallbackHandler again:
     * SmallRye Fault Tolerance reads the handler's type from the class's own interfaces only.
     */
    abstract static class Raising<T> implements FallbackHandler<T> {
        private final GatewayConfig config;
        private final String service;

        Raising(GatewayConfig config, String service) {
            this.config = config;
            this.service = service;
        }

        @Override
        public T handle(ExecutionContext context) {
            throw of(service, config.retryAfterSeconds());
        }
    }

    /** A page of trials, which only evidence-service can answer. */
    @Dependent
    static class TrialPage extends Raising<Page<TrialView>> implements FallbackHandler<Page<TrialView>> {
        TrialPage(GatewayConfig config) {
            super(config, "evidence-service");
        }
    }

    /** One trial, which only evidence-service can answer. */
    @Dependent
    static class Trial extends Raising<TrialView> implements FallbackHandler<TrialView> {
        Trial(GatewayConfig config) {
            super(config, "evidence-service");
        }
    }

    /** A page of treatments, which only evidence-service can answer. */
    @Dependent
    static class TreatmentPage extends Raising<Page<TreatmentView>> implements FallbackHandler<Page<TreatmentView>> {
        TreatmentPage(GatewayConfig config) {
            super(config, "evidence-service");
        }
    }

    /** One treatment with its trials, which only evidence-service can answer. */
    @Dependent
    static class TreatmentDetails extends Raising<TreatmentDetail> implements FallbackHandler<TreatmentDetail> {
        TreatmentDetails(GatewayConfig config) {
            super(config, "evidence-service");
        }
    }

    /** An ESMO-MCBS grade, which only evidence-service can answer. */
    @Dependent
    static class Grade extends Raising<McbsGrade> implements FallbackHandler<McbsGrade> {
        Grade(GatewayConfig config) {
            super(config, "evidence-service");
        }
    }

    /** The comparative profiles, which only evidence-service can answer. */
    @Dependent
    static class Profiles extends Raising<List<ProfileView>> implements FallbackHandler<List<ProfileView>> {
        Profiles(GatewayConfig config) {
            super(config, "evidence-service");
        }
    }

    /** One comparative profile, which only evidence-service can answer. */
    @Dependent
    static class Profile extends Raising<ProfileView> implements FallbackHandler<ProfileView> {
        Profile(GatewayConfig config) {
            super(config, "evidence-service");
        }
    }

    /** A curated treatment, which only evidence-service can answer. */
    @Dependent
    static class Treatment extends Raising<TreatmentView> implements FallbackHandler<TreatmentView> {
        Treatment(GatewayConfig config) {
            super(config, "evidence-service");
        }
    }

    /** A reconciliation of evidence.events, which only evidence-service can answer. */
    @Dependent
    static class EvidenceReconciliation extends Raising<Reconciliation> implements FallbackHandler<Reconciliation> {
        EvidenceReconciliation(GatewayConfig config) {
            super(config, "evidence-service");
        }
    }

    /** evidence-service reads served as text (SVG forest plots, FHIR JSON) that only it can answer. */
    @Dependent
    static class EvidenceText extends Raising<String> implements FallbackHandler<String> {
        EvidenceText(GatewayConfig config) {
            super(config, "evidence-service");
        }
    }

    /** One country, which only access-cost-service can answer. */
    @Dependent
    static class Country extends Raising<CountryView> implements FallbackHandler<CountryView> {
        Country(GatewayConfig config) {
            super(config, "access-cost-service");
        }
    }

    /** A page of countries, which only access-cost-service can answer. */
    @Dependent
    static class CountryPage extends Raising<Page<CountryView>> implements FallbackHandler<Page<CountryView>> {
        CountryPage(GatewayConfig config) {
            super(config, "access-cost-service");
        }
    }

    /** One drug in every country, which only access-cost-service can answer. */
    @Dependent
    static class DrugAvailability extends Raising<Map<String, FormularyEntry>>
            implements FallbackHandler<Map<String, FormularyEntry>> {
        DrugAvailability(GatewayConfig config) {
            super(config, "access-cost-service");
        }
    }

    /** Regimen costs, which only access-cost-service can answer. */
    @Dependent
    static class Costs extends Raising<RegimenCosts> implements FallbackHandler<RegimenCosts> {
        Costs(GatewayConfig config) {
            super(config, "access-cost-service");
        }
    }

    /** A curated formulary entry, which only access-cost-service can answer. */
    @Dependent
    static class Formulary extends Raising<FormularyEntry> implements FallbackHandler<FormularyEntry> {
        Formulary(GatewayConfig config) {
            super(config, "access-cost-service");
        }
    }

    /** A reconciliation of access.events, which only access-cost-service can answer. */
    @Dependent
    static class AccessReconciliation extends Raising<Reconciliation> implements FallbackHandler<Reconciliation> {
        AccessReconciliation(GatewayConfig config) {
            super(config, "access-cost-service");
        }
    }
}
