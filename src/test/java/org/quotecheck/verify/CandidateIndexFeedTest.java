package org.quotecheck.verify;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.createSpeaker;
import static org.quotecheck.support.Fixtures.post;
import static org.quotecheck.support.Fixtures.uniqueWord;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.quotecheck.common.PublicId;
import org.quotecheck.text.TextNormalizer;
import org.quotecheck.verify.engine.CandidateIndex;

/**
 * The word index follows writes it did not make (another pod's, or SQL run by hand) through the
 * table's change feed alone: no verify runs before the index is checked, so nothing catches up.
 */
@QuarkusTest
class CandidateIndexFeedTest {

    private static final AtomicLong IDS = new AtomicLong(900_000_000_000L + System.nanoTime() % 1_000_000_000L);

    @Inject
    AgroalDataSource db;

    @Inject
    CandidateIndexFeed feed;

    private void sql(String statement, Object... values) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    /**
     * Waits until the condition holds. Not a speed check: the deadline only keeps a feed that never
     * delivers from hanging the build (notifications arrive in milliseconds).
     */
    private static void awaitFeed(BooleanSupplier condition, String what) throws InterruptedException {
        for (int polls = 0; polls < 3000 && !condition.getAsBoolean(); polls++) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), "the change feed never delivered: " + what);
    }

    private boolean indexed(String words, long quoteId) {
        CandidateIndex index = feed.index();
        return Arrays.stream(index.find(Arrays.asList(words.split(" ")), null).overall()).anyMatch(id -> id == quoteId);
    }

    /** A quote written with plain SQL, as another pod would, once the feed has brought it into the index. */
    private long storedByAnotherPod(String speakerName, String text) throws Exception {
        long speakerId = PublicId.SPEAKER.parse(createSpeaker(speakerName, List.of()));
        long quoteId = IDS.incrementAndGet();
        String words = TextNormalizer.instance().key(text);
        sql("insert into quote (id, text, normalized_text, speaker_id) values (?, ?, ?, ?)", quoteId, text, words, speakerId);
        awaitFeed(() -> indexed(words, quoteId), "the inserted quote is a candidate");
        return quoteId;
    }

    @Test
    void shouldIndexAQuoteAnotherPodWroteWhenItsNotificationArrives() throws Exception {
        String word = uniqueWord();
        long quoteId = storedByAnotherPod("Shavkat Mirziyoyev " + word, "The " + word + " corridor will carry grain to Astana.");
        post("/v1/verify", Map.of("text", "The " + word + " corridor will carry grain to Astana", "speaker", "Shavkat Mirziyoyev " + word))
                .statusCode(200).body("verdict", equalTo("VERIFIED")).body("match.id", equalTo(PublicId.QUOTE.format(quoteId)));
    }

    @Test
    void shouldFollowAQuoteAnotherPodRewordedWhenItsNotificationArrives() throws Exception {
        String word = uniqueWord();
        String before = "The " + word + " talks in Astana went on all night";
        long quoteId = storedByAnotherPod("Ilham Aliyev " + word, before);
        String after = TextNormalizer.instance().key("The " + word + " talks in Astana ended before dawn");
        sql("update quote set text = ?, normalized_text = ? where id = ?", after, after, quoteId);
        awaitFeed(() -> Arrays.stream(feed.index().withPhrase(Arrays.asList(after.split(" ")), 1000)).anyMatch(id -> id == quoteId),
                "the new wording, as a phrase, finds the quote");
        assertTrue(Arrays.stream(feed.index().withPhrase(List.of("went", "on", "all", "night"), 1000)).noneMatch(id -> id == quoteId),
                "the old wording is gone from the index");
    }

    @Test
    void shouldForgetAQuoteAnotherPodRetractedWhenItsNotificationArrives() throws Exception {
        String word = uniqueWord();
        String text = "Astana welcomes the " + word + " delegations";
        long quoteId = storedByAnotherPod("Kassym-Jomart Tokayev " + word, text);
        sql("update quote set status = 'retracted', retraction_reason = 'test' where id = ?", quoteId);
        awaitFeed(() -> !indexed(TextNormalizer.instance().key(text), quoteId), "the retracted quote is no candidate any more");
    }
}
