package org.quotecheck.app;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "quotecheck API", version = "1",
                description = "Quote attribution and fact-check API for newsrooms: who said these words, when, and where is the proof? "
                        + "Every /v1 call needs an API key (Authorize: paste it as apiKey or bearer). Roles: reader (GETs, verify, check, "
                        + "extract), editor (also writes), admin (also keys and search index rebuilds). Errors are application/problem+json (RFC 9457). POSTs take an "
                        + "Idempotency-Key; PUTs need If-Match with the ETag. Examples come from the demo data: Vladimir Putin and Xi Jinping "
                        + "at the SCO summit in Astana, 3 July 2024 (DW).",
                contact = @Contact(name = "quotecheck", url = "https://github.com/quotecheck/quotecheck"),
                // SPDX has no id for an unpublished licence; LicenseRef- is SPDX's form for one of your own
                license = @License(name = "Proprietary", identifier = "LicenseRef-quotecheck-proprietary")),
        servers = @Server(url = "/", description = "The quotecheck instance serving this document (http://localhost:8080 on a laptop)"),
        security = {@SecurityRequirement(name = "apiKey"), @SecurityRequirement(name = "bearer")},
        tags = {@Tag(name = "Quotes"), @Tag(name = "Speakers"), @Tag(name = "Sources"), @Tag(name = "API keys")})
@SecuritySchemes({
        @SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER, apiKeyName = "X-API-Key",
                description = "An API key, e.g. the demo admin key of the embedded mode: qc_demo_admin_key_for_laptops_only"),
        @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
                description = "The same key as 'Authorization: Bearer <key>'")})
public class ApiDocumentation extends Application {
}
