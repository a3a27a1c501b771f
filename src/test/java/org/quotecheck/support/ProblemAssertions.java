package org.quotecheck.support;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;

/** Asserts the RFC 9457 body of an error, not only its status. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static ValidatableResponse assertProblem(ValidatableResponse response, int status, String typeSlug) {
        return response.statusCode(status)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://quotecheck.dev/problems/" + typeSlug))
                .body("status", equalTo(status))
                .body("title", not(emptyOrNullString()))
                .body("detail", not(emptyOrNullString()));
    }

    public static ValidatableResponse assertFieldProblem(ValidatableResponse response, int status, String typeSlug, String field) {
        return assertProblem(response, status, typeSlug)
                .body("field", equalTo(field))
                .body("errors.field", hasItem(field));
    }
}
