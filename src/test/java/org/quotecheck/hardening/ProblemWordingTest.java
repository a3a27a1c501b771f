package org.quotecheck.hardening;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Problems speak the API's language: no Java or library class names, no parser internals, whatever the body. */
@QuarkusTest
class ProblemWordingTest {

    private static final Pattern JAVA = Pattern.compile(
            "(java|javax|jakarta|com|org|io|net)\\.[a-z][a-zA-Z0-9_]*\\.|`|\\[Source:|\\bline: \\d|LocalDate|Long|Integer|ArrayList|LinkedHashMap|START_OBJECT|START_ARRAY|VALUE_");

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "/v1/quotes|[]",
            "/v1/quotes|\"a quote\"",
            "/v1/quotes|42",
            "/v1/quotes|{\"text\": {\"a\": 1}}",
            "/v1/quotes|{\"text\": [\"a\"]}",
            "/v1/quotes|{\"text\": \"x\", \"saidOn\": 5}",
            "/v1/quotes|{\"text\": \"x\", \"saidOn\": \"2024-13-45\"}",
            "/v1/quotes|{\"text\": \"x\", \"saidOn\": [2024, 7, 3]}",
            "/v1/quotes|{\"text\": \"x\", \"saidOn\": {}}",
            "/v1/quotes|{\"text\": \"x\", \"source\": []}",
            "/v1/quotes|{\"text\": \"x\", \"source\": \"dw.com\"}",
            "/v1/quotes|{\"text\": \"x\", \"status\": \"bogus\"}",
            "/v1/quotes|{\"text\": \"x\", \"status\": 3}",
            "/v1/quotes|{\"text\": \"x\",}",
            "/v1/quotes|{\"text\": \"x\"} trailing",
            "/v1/quotes|{\"text\": \"x\", \"text\": \"y\"}",
            "/v1/quotes|{text: 1}",
            "/v1/speakers|{\"name\": \"x\", \"roles\": \"President\"}",
            "/v1/speakers|{\"name\": \"x\", \"roles\": [\"President\"]}",
            "/v1/speakers|{\"name\": \"x\", \"roles\": [{\"title\": \"P\", \"from\": true}]}",
            "/v1/speakers|{\"name\": \"x\", \"aliases\": {\"a\": 1}}",
            "/v1/verify|{\"text\": \"x\", \"record\": \"yes\"}",
            "/v1/verify|{\"text\": \"x\", \"date\": 20240703}",
            "/v1/verify/batch|{\"claims\": {}}",
            "/v1/verify/batch|[1, 2]",
            "/v1/keys|{\"name\": \"k\", \"role\": \"owner\"}",
            "/v1/keys|{\"name\": \"k\", \"role\": 1}",
            "/v1/keys|{\"name\": 1.5, \"role\": \"reader\"}",
            "/v1/factchecks|{\"claimReviewed\": 5}",
            "/v1/sources|{\"url\": \"https://dw.com/x\", \"kind\": \"podcast\"}",
            "/v1/sources|{\"url\": \"https://dw.com/x\", \"publishedOn\": \"yesterday\"}"})
    void shouldDescribeABadBodyWithoutJavaNames(String path, String body) {
        Response response = api().contentType(ContentType.JSON).body(body).post(path);
        assertEquals(400, response.statusCode(), body + " -> " + response.asString());
        String detail = response.path("detail");
        assertFalse(JAVA.matcher(detail).find(), body + " -> " + detail);
        java.util.List<Object> errors = response.jsonPath().getList("errors.detail");
        for (Object error : errors == null ? java.util.List.of() : errors) {
            assertFalse(JAVA.matcher(String.valueOf(error)).find(), body + " -> " + error);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"5", "\"2024-13-45\"", "[2024, 7, 3]", "\"July 3, 2024\""})
    void shouldSayWhatADateLooksLike(String saidOn) {
        Response response = api().contentType(ContentType.JSON).body("{\"text\": \"x\", \"speaker\": \"Putin\", \"saidOn\": " + saidOn + "}").post("/v1/quotes");
        response.then().statusCode(400).body("field", equalTo("saidOn"));
        String detail = response.path("detail");
        assertTrue(detail.startsWith("saidOn") && detail.contains("2024-07-03"), detail);
    }
}
