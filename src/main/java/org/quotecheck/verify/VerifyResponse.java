package org.quotecheck.verify;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.quotecheck.speaker.SpeakerRef;
import org.quotecheck.verify.engine.Finding;
import org.quotecheck.verify.engine.Verdict;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The verdict on a claim, with its evidence")
public record VerifyResponse(
        @Schema(example = "ALTERED") Verdict verdict,
        @Schema(description = "Every verdict that applies, in precedence order; then TRANSLATION_VARIANT when the match is a translation (the speaker spoke "
                + "another language) and the claim differs from it only in a translator's choices (synonyms, function words, inflection, word order): "
                + "VERIFIED, as another rendering of the same words; a meaning-changing edit (negation, number, name, quantifier, opposite) stays ALTERED "
                + "in any language. Then SPEAKER_UNKNOWN when the claimed speaker is nobody in the store (the verdict is then on the words alone); "
                + "EXACT_WORDING_ONLY when the word index could not be reached and only quotes worded exactly like the claim were looked for",
                example = "[\"ALTERED\"]") List<Finding> findings,
        @Schema(example = "0.97") double confidence,
        @Schema(example = "Vladimir Putin said this on 3 July 2024 (DW); the claim changes 'best' to 'worst'.") String explanation,
        @Schema(description = "Share of the stored quote's words the claim gives (1 for the whole quote)", example = "1.0") Double coverage,
        @Schema(description = "The stored quote the verdict is about; absent for NOT_FOUND") Match match,
        @Schema(description = "Word diff from the claim to the real words") List<DiffEntry> diff,
        @Schema(description = "Up to 5 other candidates") List<Alternative> alternatives,
        @Schema(description = "The speaker as claimed and whom it resolved to") ClaimedSpeaker claimedSpeaker,
        @Schema(description = "With record: true, the draft fact-check made from this verdict", example = "fc_1") String factCheckId) {

    public VerifyResponse withFactCheckId(String id) {
        return new VerifyResponse(verdict, findings, confidence, explanation, coverage, match, diff, alternatives, claimedSpeaker, id);
    }

    @Schema(description = "A stored quote with its provenance")
    public record Match(
            @Schema(example = "qt_3") String id,
            @Schema(example = "Russian-Chinese relations, our comprehensive partnership and strategic cooperation, are experiencing their best period in history,") String text,
            SpeakerRef speaker,
            @Schema(example = "2024-07-03", nullable = true) LocalDate saidOn,
            @Schema(example = "Meeting with Xi Jinping at the SCO summit, Astana", nullable = true) String context,
            @Schema(nullable = true) EarliestSource earliestSource,
            @Schema(example = "1") int appearanceCount,
            @Schema(description = "The language of the stored text", example = "en", nullable = true) String language,
            @Schema(description = "The language the words were spoken in; another than the text's when the match is a translation", example = "ru", nullable = true) String spokenLanguage) {
    }

    @Schema(description = "Where the quote was first published")
    public record EarliestSource(
            @Schema(example = "https://www.dw.com/en/putin-tells-xi-russia-china-relations-are-at-their-best/a-69550350") String url,
            @Schema(example = "DW", nullable = true) String outlet,
            @Schema(example = "2024-07-03", nullable = true) LocalDate publishedOn) {
    }

    @Schema(description = "One step of the word diff (claim → source)")
    public record DiffEntry(
            @Schema(description = "equal, insert, delete or replace", example = "replace") String op,
            @Schema(example = "worst", nullable = true) String claim,
            @Schema(example = "best", nullable = true) String source,
            @Schema(description = "A meaning-critical edit: negation, number, opposite", example = "true", nullable = true) Boolean critical) {
    }

    @Schema(description = "Another candidate")
    public record Alternative(
            @Schema(example = "qt_1") String id,
            @Schema(example = "at their best period in history,") String text,
            SpeakerRef speaker,
            @Schema(example = "0.62") double score) {
    }

    @Schema(description = "The claimed speaker and the stored speakers it names")
    public record ClaimedSpeaker(@Schema(example = "Putin") String given, List<SpeakerRef> resolved) {
    }
}
