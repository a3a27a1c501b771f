package org.quotecheck.quote;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.post;
import static org.quotecheck.support.Fixtures.uniqueUrl;
import static org.quotecheck.support.Fixtures.uniqueWord;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quotecheck.support.Fixtures;
import org.quotecheck.support.ProblemAssertions;

/** Quotes spoken in one language and stored in others: spoken languages, utterances of several wordings, every script. */
@QuarkusTest
class TranslatedQuotesTest {

    /** A new speaker who speaks these languages in public; returns their id. */
    private static String speaker(String name, List<String> languages) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("languages", languages);
        return post("/v1/speakers", body).statusCode(201).body("languages", equalTo(languages)).extract().path("id");
    }

    private static Map<String, Object> quote(String text, String speakerId, String language, String outlet) {
        Map<String, Object> source = new HashMap<>(Fixtures.source(uniqueUrl()));
        source.put("outlet", outlet);
        source.put("language", language);
        Map<String, Object> quote = new HashMap<>();
        quote.put("text", text);
        quote.put("speakerId", speakerId);
        quote.put("saidOn", "2024-07-03");
        quote.put("language", language);
        quote.put("source", source);
        return quote;
    }

    @Test
    void shouldTakeTheSpeakersUsualLanguageAsSpokenWhenTheTextIsInAnother() {
        String id = speaker("Olga " + uniqueWord(), List.of("ru"));
        post("/v1/quotes", quote("The talks were useful " + uniqueWord(), id, "en", "Example Wire")).statusCode(201)
                .body("language", equalTo("en")).body("spokenLanguage", equalTo("ru"));
        post("/v1/quotes", quote("Переговоры были полезными " + uniqueWord(), id, "ru", "Пример")).statusCode(201)
                .body("spokenLanguage", equalTo("ru"));
        Map<String, Object> stated = quote("We spoke in English " + uniqueWord(), id, "en", "Example Wire");
        stated.put("spokenLanguage", "en");
        post("/v1/quotes", stated).statusCode(201).body("spokenLanguage", equalTo("en"));
    }

    @Test
    void shouldListTheOtherWordingsOfAnUtteranceWithTheirSourcesAndLanguages() {
        String id = speaker("Pavel " + uniqueWord(), List.of("ru"));
        String word = uniqueWord();
        String original = post("/v1/quotes", quote("Мы не собираемся ни на кого нападать " + word, id, "ru", "Example Ministry")).statusCode(201)
                .extract().path("id");
        Map<String, Object> wire = quote("We are not going to attack anyone " + word, id, "en", "Example Wire");
        wire.put("utterance", original);
        String translation = post("/v1/quotes", wire).statusCode(201).extract().path("id");
        Map<String, Object> herald = quote("We have no intention of attacking anybody " + word, id, "en", "Sample Herald");
        herald.put("utterance", original);
        String other = post("/v1/quotes", herald).statusCode(201).extract().path("id");

        api().get("/v1/quotes/" + translation).then().statusCode(200)
                .body("spokenLanguage", equalTo("ru"))
                .body("wordings", hasSize(2))
                .body("wordings[0].id", equalTo(original))
                .body("wordings[0].language", equalTo("ru"))
                .body("wordings[0].earliestSource.outlet", equalTo("Example Ministry"))
                .body("wordings[1].id", equalTo(other))
                .body("wordings[1].earliestSource.outlet", equalTo("Sample Herald"));
        // search lists the utterance once, whichever wording ranks first
        api().queryParam("q", word).get("/v1/quotes").then().statusCode(200).body("data", hasSize(1));
        api().queryParam("speaker", id).get("/v1/quotes").then().statusCode(200).body("data", hasSize(1));

        api().delete("/v1/quotes/" + other + "/utterance").then().statusCode(200).body("utterance", nullValue()).body("wordings", nullValue());
        api().get("/v1/quotes/" + translation).then().statusCode(200).body("wordings", hasSize(1));
        api().queryParam("q", word).get("/v1/quotes").then().statusCode(200).body("data", hasSize(2));

        api().contentType(ContentType.JSON).body(Map.of("with", translation)).put("/v1/quotes/" + other + "/utterance").then().statusCode(200)
                .body("wordings.id", hasItem(original));
    }

    @Test
    void shouldRefuseToLinkAnotherSpeakersWords() {
        String a = speaker("Anton " + uniqueWord(), List.of("ru"));
        String b = speaker("Boris " + uniqueWord(), List.of("ru"));
        String first = post("/v1/quotes", quote("Our position has not changed " + uniqueWord(), a, "en", "Example Wire")).statusCode(201).extract().path("id");
        String second = post("/v1/quotes", quote("Our position remains the same " + uniqueWord(), b, "en", "Example Wire")).statusCode(201).extract().path("id");
        var response = api().contentType(ContentType.JSON).body(Map.of("with", first)).put("/v1/quotes/" + second + "/utterance").then();
        ProblemAssertions.assertFieldProblem(response, 400, "validation-failed", "with");
        var neither = api().contentType(ContentType.JSON).body(Map.of()).put("/v1/quotes/" + second + "/utterance").then();
        ProblemAssertions.assertFieldProblem(neither, 400, "validation-failed", "with");
    }

    @Test
    void shouldFindRussianAndArabicQuotesByClaimsInTheirScript() {
        String russian = speaker("Irina " + uniqueWord(), List.of("ru"));
        String arabic = speaker("Samira " + uniqueWord(), List.of("ar"));
        String russianName = api().get("/v1/speakers/" + russian).then().extract().path("name");
        String arabicName = api().get("/v1/speakers/" + arabic).then().extract().path("name");
        post("/v1/quotes", quote("Наше сотрудничество не направлено против третьих стран, оно служит миру.", russian, "ru", "Пример")).statusCode(201);
        post("/v1/quotes", quote("سنبني ثلاثة مستشفيات جديدة في الجنوب هذا العام.", arabic, "ar", "مثال")).statusCode(201);

        api().contentType(ContentType.JSON).body(Map.of("text", "«Наше сотрудничество не направлено против третьих стран, оно служит миру»", "speaker", russianName))
                .post("/v1/verify").then().statusCode(200)
                .body("verdict", equalTo("VERIFIED")).body("match.language", equalTo("ru")).body("match.spokenLanguage", equalTo("ru"));
        api().contentType(ContentType.JSON).body(Map.of("text", "سنبني ثلاثة مستشفيات جديدة في الجنوب هذا العام", "speaker", arabicName))
                .post("/v1/verify").then().statusCode(200)
                .body("verdict", equalTo("VERIFIED")).body("match.language", equalTo("ar"));
        api().contentType(ContentType.JSON).body(Map.of("text", "سنبني خمسة مستشفيات جديدة في الجنوب هذا العام", "speaker", arabicName))
                .post("/v1/verify").then().statusCode(200).body("verdict", equalTo("ALTERED"));
        api().queryParam("q", "مستشفيات جديدة").queryParam("speaker", arabic).get("/v1/quotes").then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].text", containsString("مستشفيات"));
        api().queryParam("q", "сотрудничество").queryParam("speaker", russian).get("/v1/quotes").then().statusCode(200).body("data", hasSize(1));
    }

    @Test
    void shouldLinkImportedWordingsByTheirUtteranceLabel() throws InterruptedException {
        String name = "Lev " + uniqueWord();
        String label = "utterance-" + uniqueWord();
        String word = uniqueWord();
        String lines = "{\"text\": \"Мы откроем границу " + word + "\", \"speaker\": {\"name\": \"" + name + "\", \"languages\": [\"ru\"]},"
                + " \"saidOn\": \"2024-07-03\", \"language\": \"ru\", \"utterance\": \"" + label + "\", \"source\": {\"url\": \"" + uniqueUrl() + "\"}}\n"
                + "{\"text\": \"We will open the border " + word + "\", \"speaker\": {\"name\": \"" + name + "\", \"languages\": [\"ru\"]},"
                + " \"saidOn\": \"2024-07-03\", \"language\": \"en\", \"utterance\": \"" + label + "\", \"source\": {\"url\": \"" + uniqueUrl() + "\"}}\n";
        String job = Fixtures.importAndWait(lines);
        api().get("/v1/imports/" + job).then().body("status", equalTo("done")).body("accepted", equalTo(2));
        String id = api().queryParam("q", "open the border " + word).get("/v1/quotes").then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].utterance", equalTo(label)).extract().path("data[0].id");
        api().get("/v1/quotes/" + id).then().body("wordings", hasSize(1));
        String englishId = api().queryParam("q", "border " + word).queryParam("language", "en").get("/v1/quotes").then()
                .extract().path("data[0].id");
        api().get("/v1/quotes/" + englishId).then().body("spokenLanguage", equalTo("ru")).body("language", equalTo("en"));
    }
}
