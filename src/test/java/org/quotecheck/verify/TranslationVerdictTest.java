package org.quotecheck.verify;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.quotecheck.support.Fixtures.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed story's quotes are DW's English translation of words Putin spoke in Russian (his speaker
 * record says he speaks Russian): another translator's wording is verified as a translation variant,
 * a doctored one stays altered with the critical edit flagged.
 */
@QuarkusTest
class TranslationVerdictTest {

    private static ValidatableResponse verify(String text) {
        return api().contentType(ContentType.JSON).body(Map.of("text", text, "speaker", "Vladimir Putin", "date", "2024-07-03"))
                .post("/v1/verify").then().statusCode(200);
    }

    @Test
    void shouldVerifyAnotherTranslationOfTheBestPeriodAsTranslationVariant() {
        verify("Russian-Chinese relations of comprehensive partnership and strategic interaction are going through the best period in their history")
                .body("verdict", equalTo("VERIFIED"))
                .body("findings", equalTo(List.of("VERIFIED", "TRANSLATION_VARIANT")))
                .body("match.earliestSource.outlet", equalTo("DW"))
                .body("match.language", equalTo("en"))
                .body("match.spokenLanguage", equalTo("ru"))
                .body("explanation", containsString("in Russian"))
                .body("explanation", containsString("DW's English translation"))
                .body("diff.op", hasItem("replace"))
                .body("diff.critical", not(hasItem(true)));
    }

    @Test
    void shouldVerifyAnotherTranslationOfNotDirectedAgainstAnyoneAsTranslationVariant() {
        verify("Our cooperation is not directed against anyone, we are not forming any blocs or alliances")
                .body("verdict", equalTo("VERIFIED"))
                .body("findings", equalTo(List.of("VERIFIED", "TRANSLATION_VARIANT")))
                .body("diff.find { it.claim == 'directed' }.source", equalTo("aimed"))
                .body("explanation", containsString("translator"));
    }

    @Test
    void shouldKeepWorstPeriodAlteredWithTheCriticalEditFlagged() {
        verify("Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their worst period in history")
                .body("verdict", equalTo("ALTERED"))
                .body("findings", equalTo(List.of("ALTERED")))
                .body("diff.find { it.op == 'replace' }.claim", equalTo("worst"))
                .body("diff.find { it.op == 'replace' }.critical", equalTo(true));
    }

    @Test
    void shouldKeepAimedAgainstEveryoneAlteredWithTheCriticalEditFlagged() {
        verify("Our cooperation is aimed against everyone")
                .body("verdict", equalTo("ALTERED"))
                .body("findings", equalTo(List.of("ALTERED")))
                .body("diff.findAll { it.critical == true }.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("explanation", containsString("changes the meaning"));
    }

    @Test
    void shouldNameTheOutletWhoseTranslationTheClaimRepeats() {
        verify("Our cooperation is not aimed against anyone, we are not creating any blocs or alliances, we are just acting in the interests of our peoples.")
                .body("verdict", equalTo("VERIFIED"))
                .body("findings", equalTo(List.of("VERIFIED")))
                .body("explanation", containsString("the words are DW's English translation"));
    }
}
