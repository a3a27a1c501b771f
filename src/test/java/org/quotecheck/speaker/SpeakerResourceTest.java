package org.quotecheck.speaker;

import static org.quotecheck.support.Fixtures.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.quotecheck.support.Fixtures.createQuote;
import static org.quotecheck.support.Fixtures.createSpeaker;
import static org.quotecheck.support.Fixtures.post;
import static org.quotecheck.support.Fixtures.put;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;
import static org.quotecheck.support.ProblemAssertions.assertProblem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SpeakerResourceTest {

    private static Map<String, Object> speaker(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("aliases", List.of("Alias " + name, name.toUpperCase()));
        body.put("description", "President of Somewhere");
        body.put("roles", List.of(Map.of("title", "President", "organization", "Somewhere", "from", "2012-05-07")));
        return body;
    }

    @Test
    void shouldCreateSpeakerWithAliasesAndRolesWhenValid() {
        String name = "Vladimir " + uniqueWord();
        Map<String, Object> body = speaker(name);
        String location = post("/v1/speakers", body).statusCode(201)
                .header("Location", containsString("/v1/speakers/sp_"))
                .body("name", equalTo(name))
                .body("aliases", contains("Alias " + name)) // the upper-case spelling folds into the name
                .body("roles[0].title", equalTo("President"))
                .body("roles[0].from", equalTo("2012-05-07"))
                .body("roles[0].to", equalTo(null))
                .extract().header("Location");
        api().get(location).then().statusCode(200).body("description", equalTo("President of Somewhere"));
    }

    @Test
    void shouldAnswerACreatedSpeakerWithItsTimestampsWhenItHasNoAliases() {
        // the 201 body is built inside the resource's transaction: the row must be written by then
        Map<String, Object> body = Map.of("name", "Kassym-Jomart " + uniqueWord(), "description", "President of Kazakhstan",
                "roles", List.of(Map.of("title", "President", "organization", "Kazakhstan", "from", "2019-03-20")));
        post("/v1/speakers", body).statusCode(201).body("createdAt", not(equalTo(null))).body("updatedAt", not(equalTo(null)));
    }

    @Test
    void shouldAnswer409WithExistingIdWhenNameIsTakenWithoutDifferentWikidataId() {
        String name = "Recep " + uniqueWord();
        String first = createSpeaker(name, List.of());
        assertProblem(post("/v1/speakers", Map.of("name", name.toUpperCase())), 409, "conflict").body("existingId", equalTo(first));
        assertProblem(post("/v1/speakers", Map.of("name", "  " + name + "  ", "wikidataId", "Q99999901")), 409, "conflict")
                .body("existingId", equalTo(first));
    }

    @Test
    void shouldAllowNamesakesWhenWikidataIdsDiffer() {
        String name = "John " + uniqueWord();
        post("/v1/speakers", Map.of("name", name, "wikidataId", "Q1000" + (int) (Math.random() * 1_000_000))).statusCode(201);
        post("/v1/speakers", Map.of("name", name, "wikidataId", "Q2000" + (int) (Math.random() * 1_000_000))).statusCode(201);
    }

    @Test
    void shouldAnswer409WhenWikidataIdIsTaken() {
        String qid = "Q3000" + (int) (Math.random() * 1_000_000);
        String first = post("/v1/speakers", Map.of("name", "A " + uniqueWord(), "wikidataId", qid)).statusCode(201).extract().path("id");
        assertProblem(post("/v1/speakers", Map.of("name", "B " + uniqueWord(), "wikidataId", qid)), 409, "conflict")
                .body("existingId", equalTo(first));
    }

    @Test
    void shouldFindSpeakerByAliasWhenSearchingCaseAndAccentInsensitively() {
        String alias = "Erdoğan" + uniqueWord();
        String id = createSpeaker("Recep Tayyip " + alias, List.of(alias));
        api().queryParam("q", alias.replace("ğ", "g").toUpperCase()).get("/v1/speakers").then().statusCode(200)
                .body("data[0].id", equalTo(id));
        api().queryParam("q", "recep tayyip " + alias.substring(0, alias.length() - 1)).get("/v1/speakers").then()
                .body("data.id", hasItem(id));
    }

    @Test
    void shouldFindDemoSpeakersWhenSearchingTheirAliases() {
        api().queryParam("q", "Путин").get("/v1/speakers").then().body("data[0].name", equalTo("Vladimir Putin"))
                .body("data[0].wikidataId", equalTo("Q7747"));
        api().queryParam("q", "xi").get("/v1/speakers").then().body("data[0].name", equalTo("Xi Jinping"));
        api().queryParam("q", "Antonio Guterres").get("/v1/speakers").then().body("data[0].name", equalTo("António Guterres"));
    }

    @Test
    void shouldReplaceSpeakerWhenPutIsValid() {
        String id = createSpeaker("Shehbaz " + uniqueWord(), List.of("Old alias " + uniqueWord()));
        String newName = "Shehbaz " + uniqueWord();
        String newAlias = "New alias " + uniqueWord();
        put("/v1/speakers/" + id, Map.of("name", newName, "aliases", List.of(newAlias),
                "roles", List.of(Map.of("title", "Prime Minister", "organization", "Pakistan", "from", "2024-03-04"))))
                .statusCode(200)
                .body("name", equalTo(newName))
                .body("aliases", contains(newAlias))
                .body("roles[0].title", equalTo("Prime Minister"));
        api().queryParam("q", newAlias).get("/v1/speakers").then().body("data[0].id", equalTo(id));
    }

    @Test
    void shouldListSpeakerQuotesWhenAsked() {
        String name = "Speaker " + uniqueWord();
        String q1 = createQuote("First thing said " + uniqueWord(), name);
        String marker = uniqueWord();
        String q2 = createQuote("Second thing said " + marker, name);
        String id = api().get("/v1/quotes/" + q1).then().extract().path("speaker.id");
        api().get("/v1/speakers/" + id + "/quotes").then().statusCode(200)
                .body("data.id", contains(q2, q1));
        api().queryParam("q", marker).get("/v1/speakers/" + id + "/quotes").then()
                .body("data.id", hasItem(q2)).body("data.id", not(hasItem(q1)));
    }

    @Test
    void shouldPageSpeakersWhenFollowingCursor() {
        String common = "Pager" + uniqueWord();
        for (int i = 0; i < 3; i++) {
            createSpeaker(common + " " + "xyz".charAt(i) + uniqueWord(), List.of());
        }
        var first = api().queryParam("q", common).queryParam("limit", 2).get("/v1/speakers").then().statusCode(200)
                .body("data", hasSize(2)).body("hasMore", equalTo(true)).extract();
        api().queryParam("q", common).queryParam("limit", 2).queryParam("cursor", (String) first.path("nextCursor"))
                .get("/v1/speakers").then().body("data", hasSize(1)).body("hasMore", equalTo(false));
    }

    @Test
    void shouldRejectInvalidSpeakersWithTheOffendingField() {
        assertFieldProblem(post("/v1/speakers", Map.of("name", "")), 400, "validation-failed", "name");
        assertFieldProblem(post("/v1/speakers", Map.of("name", "x".repeat(301))), 400, "validation-failed", "name");
        assertFieldProblem(post("/v1/speakers", Map.of("name", "...")), 400, "validation-failed", "name");
        assertFieldProblem(post("/v1/speakers", Map.of("name", "A " + uniqueWord(), "wikidataId", "7747")), 400, "validation-failed", "wikidataId");
        assertFieldProblem(post("/v1/speakers", Map.of("name", "A " + uniqueWord(), "aliases", List.of(""))), 400, "validation-failed", "aliases[0]");
        assertFieldProblem(post("/v1/speakers", Map.of("name", "A " + uniqueWord(), "roles", List.of(Map.of("organization", "Russia")))),
                400, "validation-failed", "roles[0].title");
        assertFieldProblem(post("/v1/speakers", Map.of("name", "A " + uniqueWord(),
                "roles", List.of(Map.of("title", "President", "from", "2020-01-01", "to", "2019-01-01")))), 400, "validation-failed", "roles[0].to");
        assertFieldProblem(post("/v1/speakers", Map.of("name", "A " + uniqueWord(),
                "roles", List.of(Map.of("title", "President", "from", "yesterday")))), 400, "validation-failed", "roles[0].from");
        assertProblem(api().get("/v1/speakers/sp_zzzzzz").then(), 404, "not-found");
        assertProblem(api().get("/v1/speakers/sp_zzzzzz/quotes").then(), 404, "not-found");
        assertProblem(put("/v1/speakers/sp_zzzzzz", Map.of("name", "x")), 404, "not-found");
        assertFieldProblem(api().queryParam("q", "-").get("/v1/speakers").then(), 400, "invalid-parameter", "q");
    }
}
