package org.quotecheck.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What browsers are told about the page and the plugin client: revalidate, not immutable; a CSP; no sniffing. */
@QuarkusTest
class PageHeadersTest {

    @Test
    void shouldLetAnUpgradeReachBrowsersBecauseNoUnversionedFileIsImmutable() {
        for (String path : List.of("/", "/index.html", "/app.js", "/app.css", "/client/quotecheck.js")) {
            given().get(path).then().statusCode(200)
                    .header("Cache-Control", allOf(containsString("no-cache"), not(containsString("immutable"))))
                    .header("X-Content-Type-Options", equalTo("nosniff"));
        }
    }

    @Test
    void shouldSendAContentSecurityPolicyWithThePageOnly() {
        given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"), containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'")));
        given().get("/client/quotecheck.js").then().statusCode(200).header("Content-Security-Policy", nullValue());
    }

    @Test
    void shouldForbidSniffingOnApiAnswersToo() {
        given().get("/v1/quotes").then().statusCode(401).header("X-Content-Type-Options", equalTo("nosniff"));
    }
}
