package org.quotecheck.hardening;

import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A cursor is opaque: one this API did not hand out — NaN, infinite or negative positions, odd spellings — is a 400 naming it. */
@QuarkusTest
class TamperedCursorTest {

    private static String forge(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"v1|NaN|5", "v1|Infinity|5", "v1|-Infinity|5", "v1|-1.0|5", "v1|1e400|5", "v1|0.5|-1", "v1||-3", "v1||0",
            "v1|0x1p3|5", "v1| 0.5|5", "v1||+5", "v1||05", "v1||5 ", "v1|0.50|5", "v1|.5|5", "v1|5d|5", "v1||9223372036854775808"})
    void shouldRefuseAForgedCursorOnEveryListing(String raw) {
        String cursor = forge(raw);
        assertFieldProblem(api().queryParam("q", "partnership").queryParam("cursor", cursor).get("/v1/quotes").then(), 400, "invalid-parameter", "cursor");
        assertFieldProblem(api().queryParam("cursor", cursor).get("/v1/quotes").then(), 400, "invalid-parameter", "cursor");
        assertFieldProblem(api().queryParam("q", "Putin").queryParam("cursor", cursor).get("/v1/speakers").then(), 400, "invalid-parameter", "cursor");
        assertFieldProblem(api().queryParam("cursor", cursor).get("/v1/sources").then(), 400, "invalid-parameter", "cursor");
        assertFieldProblem(api().queryParam("cursor", cursor).get("/v1/keys").then(), 400, "invalid-parameter", "cursor");
        assertFieldProblem(api().queryParam("pageToken", cursor).get("/v1/factchecks/feed.jsonld").then(), 400, "invalid-parameter", "pageToken");
    }

    @Test
    void shouldStillFollowTheCursorsItHandsOut() {
        String next = api().queryParam("limit", 1).get("/v1/sources").then().statusCode(200).extract().path("nextCursor");
        if (next != null) {
            api().queryParam("limit", 1).queryParam("cursor", next).get("/v1/sources").then().statusCode(200);
        }
        String ranked = api().queryParam("q", "relations").queryParam("limit", 1).get("/v1/quotes").then().statusCode(200).extract().path("nextCursor");
        if (ranked != null) {
            api().queryParam("q", "relations").queryParam("limit", 1).queryParam("cursor", ranked).get("/v1/quotes").then().statusCode(200);
        }
    }
}
