package org.bcbm.gateway.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public API's OpenAPI identity: what it is for, what it is not, and how to authenticate. */
@OpenAPIDefinition(
        info = @Info(title = "BCBM Navigator API", version = "v1",
                description = "Evidence-cited, cost- and access-aware treatment options for breast cancer that has "
                        + "spread to bone. Every figure carries its source (DOI, guideline, dated price list). "
                        + "BCBM Navigator supports clinicians; it does not replace clinical judgement or a "
                        + "multidisciplinary tumour board. Authenticate with the X-API-Key header (local run: "
                        + "local-partner-key, local-curator-key); operations that need more than the partner role "
                        + "name it in their security requirement. Every error is an RFC 9457 problem document.",
                // no public address to point at yet: client generators reject a relative URL
                contact = @Contact(name = "BCBM Navigator maintainers"),
                // the repository grants no open-source licence: use is by agreement with its maintainers (an SPDX
                // LicenseRef, as OpenAPI 3.1 allows instead of a URL)
                license = @License(name = "Proprietary: all rights reserved", identifier = "LicenseRef-Proprietary")),
        tags = {
                @Tag(name = "Recommendations", description = "Ranked, evidence-cited options for one patient or "
                        + "a cohort"),
                @Tag(name = "Evidence", description = "Treatments, trials, outcomes, forest plots and comparative "
                        + "profiles; curators change them"),
                @Tag(name = "Access and cost", description = "Countries, formularies, prices, availability and "
                        + "regimen costs; curators change them"),
                @Tag(name = "Clinical benefit", description = "ESMO-MCBS v1.1 grading of a trial result"),
                @Tag(name = "Cohorts", description = "Cohorts of any size as background jobs: upload, progress, and "
                        + "the answers as NDJSON in input order"),
                @Tag(name = "CDS Hooks", description = "HL7 CDS Hooks 2.0.1 for EHRs: discovery, cards and "
                        + "feedback; authenticated by the EHR's signed JWT (ES384 or RS384), not by an API key"),
                @Tag(name = "Operations", description = "For ops keys only: topic reconciliation by the owners of "
                        + "evidence and access, and a recommendation-service replica's knowledge and its rebuild") },
        security = @SecurityRequirement(name = GatewayApi.API_KEY))
@SecurityScheme(securitySchemeName = GatewayApi.API_KEY, type = SecuritySchemeType.APIKEY, apiKeyName = "X-API-Key",
        in = SecuritySchemeIn.HEADER)
@SecurityScheme(securitySchemeName = GatewayApi.CDS_JWT, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "CDS Hooks 2.0.1: a JWT signed by a trusted EHR (ES384 or RS384, kid in "
                + "the header; iss, aud = the endpoint called, exp, iat, jti), each jti used once")
public class GatewayApi extends Application {

    /** The X-API-Key scheme; an operation's requirement of it lists the roles it needs beyond partner. */
    static final String API_KEY = "apiKey";

    /** The CDS client's JWT, for the CDS Hooks endpoints only. */
    static final String CDS_JWT = "cdsClientJwt";
}
