package org.bcbm.gateway.rest;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The public API's OpenAPI identity: what it is for, what it is not, and how to authenticate. */
@OpenAPIDefinition(
        info = @Info(title = "BCBM Navigator API", version = "v1",
                description = "Evidence-cited, cost- and access-aware treatment options for breast cancer that has "
                        + "spread to bone. Every figure carries its source (DOI, guideline, dated price list). "
                        + "BCBM Navigator supports clinicians; it does not replace clinical judgement or a "
                        + "multidisciplinary tumour board. Authenticate with the X-API-Key header (local run: "
                        + "local-partner-key, local-curator-key)."),
        security = @SecurityRequirement(name = "apiKey"))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, apiKeyName = "X-API-Key",
        in = SecuritySchemeIn.HEADER)
public class GatewayApi extends Application {
}
