package org.quotecheck.bulk;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.post;

import java.io.InputStream;
import java.util.Map;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Offices loaded from a Wikidata JSON dump file (written for this test in the dump's format). */
@QuarkusTest
class WikidataImportTest {

    private static byte[] dump() throws Exception {
        try (InputStream in = WikidataImportTest.class.getResourceAsStream("/bulk/wikidata-offices.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void shouldGiveStoredSpeakersTheOfficesOfTheirWikidataItem() throws Exception {
        String id = post("/v1/speakers", Map.of("name", "Kersti Testlane", "wikidataId", "Q98000001")).statusCode(201).extract().path("id");
        api().contentType("application/x-ndjson").queryParam("format", "wikidata").queryParam("wait", true).body(dump())
                .post("/v1/imports").then().statusCode(200)
                .body("status", equalTo("done"))
                .body("accepted", equalTo(2)) // President of Estonia (P642), and a position labelled only in French (P108)
                .body("rejectedCount", equalTo(2)) // a position without a label in the file; a line that is not JSON
                .body("rejected.line", hasItem(2))
                .body("rejected.line", hasItem(7));
        api().get("/v1/speakers/" + id).then().statusCode(200)
                .body("roles.find { it.title == 'President' }.organization", equalTo("Estonia"))
                .body("roles.find { it.title == 'President' }.from", equalTo("2016-10-10"))
                .body("roles.find { it.title == 'President' }.to", equalTo("2021-10-11"))
                .body("roles.find { it.title == 'Ambassadrice' }.organization", equalTo("United Nations"))
                .body("roles.find { it.title == 'Ambassadrice' }.from", equalTo("2022-01-01"));
        api().queryParam("mention", "the Estonian president").queryParam("date", "2018-01-01").get("/v1/speakers/resolve").then()
                .statusCode(200).body("speaker.id", equalTo(id));
        // the same file again adds nothing
        api().contentType("application/x-ndjson").queryParam("format", "wikidata").queryParam("wait", true).body(dump())
                .post("/v1/imports").then().statusCode(200).body("accepted", equalTo(0)).body("duplicates", equalTo(2));
    }
}
