package org.quotecheck.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.createQuote;
import static org.quotecheck.support.Fixtures.createSpeaker;
import static org.quotecheck.support.Fixtures.uniqueWord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Fires thousands of malformed and malicious requests at every endpoint and checks that none gets a
 * 5xx, every error is problem+json, a rejected request stores nothing, and accepted text comes back
 * byte-identical. A new endpoint joins with one line in {@link #endpoints()}.
 */
@QuarkusTest
class HostileInputTest {

    /** An endpoint under attack: its method, a path (with a real id where it needs one) and a valid body or query. */
    record Endpoint(String method, Supplier<String> path, String validBody, Map<String, String> validQuery) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] NASTY_STRINGS = {
            "", " ", "\u0000", "nul\u0000inside", "bell\u0007", "\u202Eevil right-to-left override", "\uFEFFbom", "\uD800", "\uDC00 lone",
            "'; DROP TABLE quote; --", "' OR '1'='1", "\" OR \"\"=\"", "1; SELECT pg_sleep(10)", "%' AND 1=1 --",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}}", "${jndi:ldap://x/a}",
            "../../../../etc/passwd", "%00", "%s%s%s%n", "😀😀😀", "e\u0301\u0301\u0301", "\u200B\u200B", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǫ̗̻ͣ",
            "x".repeat(5001), "y".repeat(100_000), "\\", "\\u0000", "\n\r\t", "null", "true", "[]", "{}"};
    private static final Object[] WRONG_TYPES = {123, -1, 1.5e300, true, false, null, List.of(), List.of("a", "b"), Map.of(), Map.of("a", 1)};
    private static final String[] CONTENT_TYPES = {"text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/json; charset=latin1", "image/png"};

    @Inject
    AgroalDataSource dataSource;

    private List<Endpoint> endpoints() {
        String quote = createQuote("Target of the attack " + uniqueWord(), "Speaker " + uniqueWord());
        String speaker = createSpeaker("Speaker " + uniqueWord(), List.of());
        String sourceUrl = "https://hostile.example.org/" + uniqueWord();
        String quoteBody = "{\"text\":\"Hostile but valid " + uniqueWord() + "\",\"speaker\":\"Hostile " + uniqueWord()
                + "\",\"saidOn\":\"2024-07-03\",\"language\":\"en\",\"context\":\"Astana\",\"source\":{\"url\":\"" + sourceUrl
                + "\",\"outlet\":\"DW\",\"publishedOn\":\"2024-07-03\",\"kind\":\"article\",\"agencies\":[\"AFP\"]},\"start\":1,\"end\":5}";
        return List.of(
                new Endpoint("POST", () -> "/v1/quotes", quoteBody, Map.of()),
                new Endpoint("PUT", () -> "/v1/quotes/" + quote, "{\"text\":\"Edited " + uniqueWord() + "\",\"speaker\":\"Hostile editor\",\"status\":\"verified\"}", Map.of()),
                new Endpoint("GET", () -> "/v1/quotes", null, Map.of("q", "best period", "speaker", "Putin", "from", "2024-01-01",
                        "to", "2024-12-31", "outlet", "DW", "language", "en", "status", "unreviewed", "limit", "5", "cursor", "")),
                new Endpoint("GET", () -> "/v1/quotes/" + quote, null, Map.of()),
                new Endpoint("DELETE", () -> "/v1/quotes/" + quote, null, Map.of("reason", "hostile")),
                new Endpoint("GET", () -> "/v1/quotes/" + quote + "/history", null, Map.of()),
                new Endpoint("POST", () -> "/v1/speakers", "{\"name\":\"Hostile Speaker " + uniqueWord() + "\",\"aliases\":[\"H\"],"
                        + "\"wikidataId\":\"Q1\",\"description\":\"d\",\"roles\":[{\"title\":\"President\",\"organization\":\"X\",\"from\":\"2012-05-07\",\"to\":null}]}", Map.of()),
                new Endpoint("PUT", () -> "/v1/speakers/" + speaker, "{\"name\":\"Renamed " + uniqueWord() + "\",\"aliases\":[]}", Map.of()),
                new Endpoint("GET", () -> "/v1/speakers", null, Map.of("q", "Xi", "limit", "3", "cursor", "")),
                new Endpoint("GET", () -> "/v1/speakers/" + speaker + "/quotes", null, Map.of("q", "x", "from", "2024-01-01", "limit", "2")),
                new Endpoint("POST", () -> "/v1/sources", "{\"url\":\"https://hostile.example.org/" + uniqueWord() + "\",\"outlet\":\"DW\","
                        + "\"kind\":\"video\",\"language\":\"en\",\"agencies\":[\"AP\"],\"publishedOn\":\"2024-07-03\"}", Map.of()),
                new Endpoint("GET", () -> "/v1/sources", null, Map.of("outlet", "DW", "limit", "2")),
                new Endpoint("POST", () -> "/v1/keys", "{\"name\":\"hostile\",\"role\":\"reader\"}", Map.of()),
                new Endpoint("GET", () -> "/v1/keys", null, Map.of("limit", "2")),
                new Endpoint("POST", () -> "/v1/verify", "{\"text\":\"are experiencing their best period\",\"speaker\":\"Putin\",\"date\":\"2024-07-03\",\"dateToleranceDays\":3}", Map.of()),
                new Endpoint("POST", () -> "/v1/extract", "{\"text\":\"\\u201cWe are ready,\\u201d Erdogan said.\",\"publishedOn\":\"2024-07-03\",\"save\":false}", Map.of()),
                new Endpoint("POST", () -> "/v1/check", "{\"text\":\"\\u201cold friend\\u201d, Xi said.\",\"publishedOn\":\"2024-07-03\"}", Map.of()),
                new Endpoint("POST", () -> "/v1/factchecks", "{\"claim\":\"Putin said the worst\",\"claimant\":\"Putin\",\"rating\":\"ALTERED\",\"reviewerName\":\"Desk\",\"reviewDate\":\"2024-07-06\",\"articleUrl\":\"https://desk.example/a\",\"status\":\"published\",\"evidence\":[]}", Map.of()),
                new Endpoint("GET", () -> "/v1/factchecks", null, Map.of("query", "Putin", "languageCode", "en", "reviewPublisherSiteFilter", "desk.example",
                        "maxAgeDays", "30", "pageSize", "5", "speaker", "Putin", "rating", "ALTERED", "status", "published")),
                new Endpoint("GET", () -> "/v1/speakers/resolve", null, Map.of("mention", "the Turkish president", "date", "2024-07-03")),
                new Endpoint("GET", () -> "/v1/exports", null, Map.of("format", "quotecheck")),
                new Endpoint("POST", () -> "/v1/verify/batch", "{\"claims\":[{\"text\":\"old friend\",\"speaker\":\"Xi\"},{\"text\":\"best period\"}]}", Map.of()));
    }

    @Test
    void shouldNeverAnswer5xxAndStoreNothingRejectedWhenAttackedWithThousandsOfBadRequests() throws Exception {
        Random random = new Random(20240703);
        List<Endpoint> endpoints = endpoints();
        long quotesBefore = count("quote");
        int requests = 0;
        int createdQuotes = 0;
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            List<Attack> attacks = endpoint.validBody() != null ? bodyAttacks(endpoint.validBody(), random) : queryAttacks(endpoint.validQuery(), random);
            attacks.addAll(pathAttacks(endpoint));
            for (Attack attack : attacks) {
                ExtractableResponse<Response> response;
                try {
                    response = attack.send(endpoint);
                } catch (Exception e) {
                    failures.add(endpoint.method() + " " + attack.target(endpoint) + " → " + e + " for " + attack.describe());
                    continue;
                }
                requests++;
                int status = response.statusCode();
                String type = response.contentType() == null ? "" : response.contentType();
                if (status >= 500) {
                    failures.add(endpoint.method() + " " + attack.target(endpoint) + " → " + status + " for " + attack.describe());
                } else if (status >= 400 && !type.startsWith("application/problem+json")) {
                    failures.add(endpoint.method() + " " + attack.target(endpoint) + " → " + status + " " + type + " (not problem+json) for " + attack.describe());
                } else if (status == 201 && endpoint.method().equals("POST") && attack.target(endpoint).equals("/v1/quotes")) {
                    createdQuotes++;
                    // what went over the wire: an unpaired surrogate in the Java string was encoded as '?'
                    String sent = JSON.readTree(attack.body.getBytes(StandardCharsets.UTF_8)).path("text").asText();
                    String back = api().get(response.header("Location").replaceFirst("^.*?/v1/", "/v1/")).then().extract().path("text");
                    if (!sent.equals(back)) {
                        failures.add("stored text differs: sent " + JSON.writeValueAsString(sent) + " got " + JSON.writeValueAsString(back));
                    }
                }
            }
        }
        System.out.printf("Hostile input: %d requests at %d endpoints, %d quotes accepted, %d bad answers%n",
                requests, endpoints.size(), createdQuotes, failures.size());
        java.nio.file.Files.write(java.nio.file.Path.of("target", "hostile-input-failures.txt"), failures.stream().map(HostileInputTest::ascii).toList());
        assertTrue(requests >= 2000, "only " + requests + " requests fired");
        assertTrue(failures.isEmpty(), failures.size() + " bad answers (all in target/hostile-input-failures.txt), e.g. "
                + failures.subList(0, Math.min(5, failures.size())).stream().map(HostileInputTest::ascii).toList());
        assertEquals(quotesBefore + createdQuotes, count("quote"), "only accepted requests store quotes");
    }

    /** One malicious request. */
    private static final class Attack {
        final String path;
        final String body;
        final byte[] rawBody;
        final String contentType;
        final Map<String, String> query;

        Attack(String path, String body, byte[] rawBody, String contentType, Map<String, String> query) {
            this.path = path;
            this.body = body;
            this.rawBody = rawBody;
            this.contentType = contentType;
            this.query = query;
        }

        String target(Endpoint endpoint) {
            return path != null ? path : endpoint.path().get();
        }

        ExtractableResponse<Response> send(Endpoint endpoint) {
            // a fresh connection each time: the server may close one after a rejected body, and reusing it would be a client error
            // a request the service never answers must fail this test, not hang the build
            var request = api().urlEncodingEnabled(true).header("Connection", "close")
                    .config(io.restassured.RestAssured.config().httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                            .setParam("http.socket.timeout", 30_000).setParam("http.connection.timeout", 10_000)));
            if (contentType != null) {
                request.contentType(contentType);
            }
            if (rawBody != null) {
                request.body(rawBody);
            } else if (body != null && "application/json".equals(contentType)) {
                request.body(body.getBytes(StandardCharsets.UTF_8));
            } else if (body != null) {
                // send the bytes as they are, whatever the declared type
                String base = contentType.split(";")[0].trim();
                request.config(io.restassured.RestAssured.config().httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                                .setParam("http.socket.timeout", 30_000).setParam("http.connection.timeout", 10_000))
                        .encoderConfig(io.restassured.config.EncoderConfig.encoderConfig().encodeContentTypeAs(base, io.restassured.http.ContentType.TEXT)));
                request.body(body);
            }
            if (query != null) {
                query.forEach(request::queryParam);
            }
            if (endpoint.method().equals("PUT")) {
                request.header("If-Match", "*");
            }
            return request.request(endpoint.method(), target(endpoint)).then().extract();
        }

        String describe() {
            String what = body != null ? body : rawBody != null ? "raw bytes" : String.valueOf(query);
            return (contentType == null ? "" : "[" + contentType + "] ") + (what.length() > 120 ? what.substring(0, 120) + "…" : what);
        }
    }

    private List<Attack> bodyAttacks(String validBody, Random random) throws Exception {
        String path = null; // null: the endpoint's own path
        List<Attack> attacks = new ArrayList<>();
        JsonNode valid = JSON.readTree(validBody);
        List<String> bodies = new ArrayList<>();
        // every string field: nasty strings; every field: wrong types, deletion
        for (String pointer : pointers(valid, "")) {
            for (String nasty : NASTY_STRINGS) {
                bodies.add(replace(valid, pointer, JSON.valueToTree(nasty)));
            }
            for (Object wrong : WRONG_TYPES) {
                bodies.add(replace(valid, pointer, JSON.valueToTree(wrong)));
            }
            bodies.add(remove(valid, pointer));
        }
        // unknown fields, huge arrays, deep nesting
        ObjectNode unknown = valid.deepCopy();
        unknown.put("isAdmin", true);
        bodies.add(unknown.toString());
        ObjectNode hugeArray = valid.deepCopy();
        ArrayNode many = hugeArray.putArray("aliases");
        for (int i = 0; i < 20_000; i++) {
            many.add("alias " + i);
        }
        bodies.add(hugeArray.toString());
        bodies.add("[".repeat(10_000) + "]".repeat(10_000));
        bodies.add("{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
        // broken JSON: truncations and random byte edits
        for (int i = 0; i < 40; i++) {
            bodies.add(validBody.substring(0, random.nextInt(validBody.length())));
            char[] chars = validBody.toCharArray();
            String breakers = "{}[]\",:\\'\u0000x";
            chars[random.nextInt(chars.length)] = breakers.charAt(random.nextInt(breakers.length()));
            bodies.add(new String(chars));
        }
        for (String literal : new String[] {"", "null", "[]", "\"string\"", "123", "true", "{}", "{\"text\":}", "{,}", "\u0000"}) {
            bodies.add(literal);
        }
        for (String body : bodies) {
            attacks.add(new Attack(path, body, null, "application/json", null));
        }
        // invalid UTF-8, wrong content types
        byte[] utf8 = validBody.getBytes(StandardCharsets.UTF_8);
        for (byte[] bad : new byte[][] {{(byte) 0xC3, (byte) 0x28}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8}}) {
            byte[] broken = new byte[utf8.length + bad.length];
            int at = validBody.indexOf(':') + 3;
            System.arraycopy(utf8, 0, broken, 0, at);
            System.arraycopy(bad, 0, broken, at, bad.length);
            System.arraycopy(utf8, at, broken, at + bad.length, utf8.length - at);
            attacks.add(new Attack(path, null, broken, "application/json", null));
        }
        for (String type : CONTENT_TYPES) {
            attacks.add(new Attack(path, validBody, null, type, null));
        }
        attacks.add(new Attack(path, null, null, null, null));
        return attacks;
    }

    private List<Attack> queryAttacks(Map<String, String> validQuery, Random random) {
        List<Attack> attacks = new ArrayList<>();
        for (String name : validQuery.keySet()) {
            for (String nasty : NASTY_STRINGS) {
                if (nasty.length() > 6000) {
                    continue; // URLs that long are refused by HTTP itself
                }
                Map<String, String> query = new java.util.HashMap<>(validQuery);
                query.put(name, nasty);
                attacks.add(new Attack(null, null, null, null, query));
            }
            for (String odd : new String[] {"-1", "0", "999999999999999999999", "1e9", "2024-02-30", "9999-99-99", "NaN", "v1|x|y"}) {
                Map<String, String> query = new java.util.HashMap<>(validQuery);
                query.put(name, odd);
                attacks.add(new Attack(null, null, null, null, query));
            }
        }
        for (int i = 0; i < 20; i++) {
            Map<String, String> query = new java.util.HashMap<>(validQuery);
            String nasty = NASTY_STRINGS[random.nextInt(NASTY_STRINGS.length)];
            query.put("unknown" + i, nasty.length() > 6000 ? nasty.substring(0, 6000) : nasty); // URLs over 64 KiB are the HTTP layer's 414
            attacks.add(new Attack(null, null, null, null, query));
        }
        return attacks;
    }

    /** The same endpoint on ids that do not exist or are not ids at all. */
    private List<Attack> pathAttacks(Endpoint endpoint) {
        String path = endpoint.path().get();
        List<Attack> withPaths = new ArrayList<>();
        if (path.matches(".*/(qt|sp|src)_[0-9a-z]+.*")) {
            for (String id : new String[] {"qt_zzzzzzzzzz", "sp_0", "src_-1", "%00", "..%2F..%2Fetc", "' OR 1=1", "x".repeat(1000), "%F0%9F%98%80"}) {
                withPaths.add(new Attack(path.replaceFirst("(qt|sp|src)_[0-9a-z]+", java.util.regex.Matcher.quoteReplacement(id)),
                        endpoint.validBody(), null, endpoint.validBody() == null ? null : "application/json", endpoint.validQuery()));
            }
        }
        return withPaths;
    }

    private static List<String> pointers(JsonNode node, String prefix) {
        List<String> out = new ArrayList<>();
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String pointer = prefix + "/" + field.getKey();
                out.add(pointer);
                out.addAll(pointers(field.getValue(), pointer));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String pointer = prefix + "/" + i;
                out.add(pointer);
                out.addAll(pointers(node.get(i), pointer));
            }
        }
        return out;
    }

    private static String replace(JsonNode root, String pointer, JsonNode value) {
        JsonNode copy = root.deepCopy();
        String parentPointer = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode parent = parentPointer.isEmpty() ? copy : copy.at(parentPointer);
        if (parent instanceof ObjectNode object) {
            object.set(last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        }
        return copy.toString();
    }

    private static String remove(JsonNode root, String pointer) {
        JsonNode copy = root.deepCopy();
        String parentPointer = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode parent = parentPointer.isEmpty() ? copy : copy.at(parentPointer);
        if (parent instanceof ObjectNode object) {
            object.remove(last);
        } else if (parent instanceof ArrayNode array) {
            array.remove(Integer.parseInt(last));
        }
        return copy.toString();
    }

    /** Non-ASCII and control characters as \\uXXXX, so that a report of them can be printed. */
    private static String ascii(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return out.toString();
    }

    private long count(String table) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
