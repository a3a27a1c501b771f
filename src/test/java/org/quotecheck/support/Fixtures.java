package org.quotecheck.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds unique test data through the API, so that no test depends on another's rows. */
public final class Fixtures {

    /** The bootstrap admin key of the test profile (application.properties). */
    public static final String ADMIN_KEY = "qc_test_admin_key_0123456789abcdefghijkl";

    private Fixtures() {
    }

    /** A request with the admin key: tests of the data API are not about access. */
    public static RequestSpecification api() {
        return given().header("X-API-Key", ADMIN_KEY);
    }

    /** A request with the given key, or none when null. */
    public static RequestSpecification as(String key) {
        return key == null ? given() : given().header("X-API-Key", key);
    }

    /** Issues a key of this role through the API and returns its plaintext. */
    public static String issueKey(String role) {
        return api().contentType(ContentType.JSON).body(Map.of("name", role + "-" + uniqueWord(), "role", role))
                .post("/v1/keys").then().statusCode(201).extract().path("key");
    }

    /** A short unique word of letters only (digits would survive normalisation as words of their own). */
    public static String uniqueWord() {
        String hex = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        StringBuilder word = new StringBuilder("zq");
        for (char c : hex.toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    public static String uniqueUrl() {
        return "https://news.example.org/" + uniqueWord();
    }

    public static Map<String, Object> source(String url) {
        Map<String, Object> source = new HashMap<>();
        source.put("url", url);
        source.put("outlet", "DW");
        source.put("title", "Putin tells Xi Russia-China relations are at their 'best'");
        source.put("publishedOn", "2024-07-03");
        source.put("kind", "article");
        source.put("language", "en");
        return source;
    }

    public static Map<String, Object> quote(String text, String speaker, String url) {
        Map<String, Object> quote = new HashMap<>();
        quote.put("text", text);
        quote.put("speaker", speaker);
        quote.put("saidOn", "2024-07-03");
        quote.put("language", "en");
        quote.put("source", source(url));
        return quote;
    }

    public static ValidatableResponse post(String path, Object body) {
        return api().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    /** PUT with If-Match set to the resource's current ETag ("*" if it cannot be read). */
    public static ValidatableResponse put(String path, Object body) {
        var current = api().get(path);
        String etag = current.statusCode() == 200 ? current.header("ETag") : "*";
        return api().contentType(ContentType.JSON).header("If-Match", etag).body(body).when().put(path).then();
    }

    public static ValidatableResponse postRaw(String path, String body) {
        return api().contentType(ContentType.JSON).body(body).when().post(path).then();
    }

    public static String createSpeaker(String name, List<String> aliases) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("aliases", aliases);
        return post("/v1/speakers", body).statusCode(201).extract().path("id");
    }

    /**
     * Imports NDJSON lines (format quotecheck) through POST /v1/imports and waits until the job has
     * ended (the bound only keeps a job that never ends from hanging the build); returns its id.
     */
    public static String importAndWait(String ndjson) throws InterruptedException {
        String id = api().contentType("application/x-ndjson").queryParam("format", "quotecheck")
                .body(ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/v1/imports").then().statusCode(202).extract().path("id");
        String status = "queued";
        for (int polls = 0; polls < 3000 && !status.equals("done") && !status.equals("failed"); polls++) {
            Thread.sleep(100);
            status = api().get("/v1/imports/" + id).then().statusCode(200).extract().path("status");
        }
        return id;
    }

    public static String createQuote(String text, String speaker) {
        return post("/v1/quotes", quote(text, speaker, uniqueUrl())).statusCode(201).extract().path("id");
    }
}
