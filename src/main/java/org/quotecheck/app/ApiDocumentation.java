package org.quotecheck.app;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "quotecheck API", version = "1",
                description = "Quote attribution and fact-check API for newsrooms: who said these words, when, and where is the proof? "
                        + "Errors are application/problem+json (RFC 9457). Examples come from the demo data: Vladimir Putin and Xi Jinping "
                        + "at the SCO summit in Astana, 3 July 2024 (DW).",
                license = @License(name = "Proprietary")),
        tags = {@Tag(name = "Quotes"), @Tag(name = "Speakers"), @Tag(name = "Sources")})
public class ApiDocumentation extends Application {
}
