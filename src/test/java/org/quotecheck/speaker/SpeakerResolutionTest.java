package org.quotecheck.speaker;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.createQuote;
import static org.quotecheck.support.Fixtures.post;
import static org.quotecheck.support.Fixtures.uniqueWord;
import static org.quotecheck.support.ProblemAssertions.assertFieldProblem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A person named the way journalists name them, in every place the API takes a name. */
@QuarkusTest
class SpeakerResolutionTest {

    private static String speaker(String name, List<String> aliases, List<Map<String, Object>> roles) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("aliases", aliases);
        body.put("roles", roles);
        return post("/v1/speakers", body).statusCode(201).extract().path("id");
    }

    private static Map<String, Object> role(String title, String organization, String from, String to) {
        Map<String, Object> role = new HashMap<>();
        role.put("title", title);
        role.put("organization", organization);
        role.put("from", from);
        role.put("to", to);
        return role;
    }

    private static io.restassured.response.ValidatableResponse verify(String text, String speaker) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("text", text);
        claim.put("speaker", speaker);
        claim.put("date", "2024-07-03");
        return post("/v1/verify", claim).statusCode(200);
    }

    @Test
    void shouldVerifyWhenTheSpeakerIsNamedBySurnameWithOrWithoutATitle() {
        String surname = "Fernandes" + uniqueWord();
        String id = speaker("Tony " + surname, List.of(), List.of());
        String words = "We will fly again from Kuala Lumpur before the " + uniqueWord() + " season ends";
        createQuote(words, "Tony " + surname);
        for (String claimed : List.of(surname, "Mr " + surname, "Mr. " + surname, "CEO " + surname)) {
            verify(words, claimed).body("verdict", equalTo("VERIFIED")).body("claimedSpeaker.resolved[0].id", equalTo(id));
        }
    }

    @Test
    void shouldVerifyWhenAFamilyNameWrittenFirstIsGivenAlone() {
        String family = "Li" + uniqueWord();
        String id = speaker(family + " Qiang", List.of(), List.of());
        String words = "The economy will meet its growth target of " + uniqueWord() + " this year";
        createQuote(words, family + " Qiang");
        verify(words, "Premier " + family).body("verdict", equalTo("VERIFIED")).body("claimedSpeaker.resolved[0].id", equalTo(id));
    }

    @Test
    void shouldNotCallItMisattributedWhenTheClaimedSpeakerIsNobodyInTheStore() {
        String words = "Our harvest of " + uniqueWord() + " apples was the best in a decade";
        createQuote(words, "Margaret Orchard" + uniqueWord());
        String nobody = "Nobody" + uniqueWord();
        verify(words, nobody)
                .body("verdict", equalTo("VERIFIED"))
                .body("findings", equalTo(List.of("VERIFIED", "SPEAKER_UNKNOWN")))
                .body("explanation", containsString("Nobody called '" + nobody + "' is in the store; these words are Margaret Orchard"))
                .body("claimedSpeaker.resolved", hasSize(0));
    }

    @Test
    void shouldStayMisattributedWhenAStoredSpeakerDidNotSayIt() {
        String words = "The bridge over the " + uniqueWord() + " river will open in spring";
        createQuote(words, "Anna Builder" + uniqueWord());
        String other = "Boris Talker" + uniqueWord();
        speaker(other, List.of(), List.of());
        verify(words, other).body("verdict", equalTo("MISATTRIBUTED"));
    }

    @Test
    void shouldListCandidatesWhenASurnameFitsSeveralSpeakers() {
        String surname = "Hall" + uniqueWord();
        speaker("James " + surname, List.of(), List.of());
        speaker("Ellie " + surname, List.of(), List.of());
        api().queryParam("mention", surname).get("/v1/speakers/resolve").then().statusCode(200)
                .body("matchedBy", equalTo("SURNAME")).body("candidates", hasSize(2));
        assertFieldProblem(api().queryParam("speaker", surname).get("/v1/quotes").then(), 409, "ambiguous-speaker", "speaker")
                .body("candidates", hasSize(2));
    }

    @Test
    void shouldFilterSearchBySurnameAndRefuseANameOfNobody() {
        String surname = "Thatcher" + uniqueWord();
        String words = "The lady is not for " + uniqueWord();
        String quote = createQuote(words, "Margaret " + surname);
        api().queryParam("speaker", surname).get("/v1/quotes").then().statusCode(200).body("data.id", hasItem(quote));
        api().queryParam("speaker", "Mrs " + surname).get("/v1/quotes").then().statusCode(200).body("data.id", hasItem(quote));
        assertFieldProblem(api().queryParam("speaker", "Nobody" + uniqueWord()).get("/v1/quotes").then(), 404, "not-found", "speaker")
                .body("detail", containsString("is in the store"));
    }

    @Test
    void shouldResolveOfficesAsJournalistsWriteThem() {
        String karis = speaker("Alar Karis" + uniqueWord(), List.of(), List.of(role("President", "Estonia", "2021-10-11", null)));
        String coach = speaker("Matt LaFleur" + uniqueWord(), List.of(), List.of(role("Head coach", "Green Bay Packers", "2019-01-08", null)));
        String airline = speaker("Tony Airline" + uniqueWord(), List.of(), List.of(role("Chief executive", "AirAsia", "2001-12-01", null)));
        String books = speaker("Jon Yaged" + uniqueWord(), List.of(), List.of(role("Chief executive officer", "Macmillan", "2019-01-01", null)));
        String esper = speaker("Mark Esper" + uniqueWord(), List.of(), List.of(role("Secretary of Defense", "United States", "2019-07-23", "2020-11-09")));
        Map<String, String> expected = Map.of(
                "the Estonian president", karis, "the president of Estonia", karis, "Estonia's president", karis,
                "the Green Bay Packers head coach", coach, "head coach of the Green Bay Packers", coach,
                "the AirAsia chief executive", airline, "the AirAsia boss", airline,
                "the CEO of Macmillan", books,
                "the former US Defense Secretary", esper);
        expected.forEach((mention, id) -> api().queryParam("mention", mention).queryParam("date", "2024-07-03")
                .get("/v1/speakers/resolve").then().statusCode(200)
                .body("speaker.id", equalTo(id)).body("matchedBy", equalTo("OFFICE")));
        // not former before the office ended
        assertFieldProblem(api().queryParam("mention", "the former US Defense Secretary").queryParam("date", "2020-01-01")
                .get("/v1/speakers/resolve").then(), 404, "not-found", "mention");
    }

    @Test
    void shouldVerifyWhenTheSpeakerIsNamedByOffice() {
        String name = "Kaja Office" + uniqueWord();
        String org = "Republic of " + uniqueWord();
        speaker(name, List.of(), List.of(role("Prime Minister", org, "2021-01-26", null)));
        String words = "We stand with our neighbours in " + uniqueWord() + " every day";
        createQuote(words, name);
        verify(words, "the " + org + " prime minister").body("verdict", equalTo("VERIFIED"));
        verify(words, "the PM of " + org).body("verdict", equalTo("VERIFIED"));
    }

    @Test
    void shouldShowTheRealWordWhenTheLastWordOfAQuoteIsReplaced() {
        verify("Our cooperation is not aimed against everyone", "Vladimir Putin")
                .body("verdict", equalTo("ALTERED"))
                .body("diff.find { it.op == 'replace' }.claim", equalTo("everyone"))
                .body("diff.find { it.op == 'replace' }.source", equalTo("anyone"))
                .body("explanation", containsString("changes 'anyone' to 'everyone'"));
    }
}
