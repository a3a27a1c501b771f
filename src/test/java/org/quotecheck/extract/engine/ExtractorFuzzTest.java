package org.quotecheck.extract.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Thousands of nasty inputs from a seeded generator: the extractor never throws and its offsets always hold. */
class ExtractorFuzzTest {

    private static final String[] PIECES = {"“", "”", "\"", "'", "‘", "’", "«", "»", "„", "‹", "›", " ", "\n", "\n\n", ",", ".", "?", "!",
            ":", " said ", " he said", " she told ", "Putin", "Xi Jinping", "Dr.", " the Turkish leader ", "Mr ", "😀", "👩‍👩‍👧", "\u202E",
            "\u200F", "مرحبا", "שלום", "Путин", "习近平", "\u00A0", "\t", "—", "…", "[", "]", "(", ")", "'90s", "Xi's", "\uFEFF", "a", "the",
            "According to", "words", "-", "e\u0301", "\u0000"};

    private final QuoteExtractor extractor = new QuoteExtractor();

    @Test
    void shouldNeverThrowAndKeepOffsetsRightWhenInputIsHostile() {
        Random random = new Random(20240703);
        for (int round = 0; round < 5000; round++) {
            StringBuilder sb = new StringBuilder();
            int pieces = 1 + random.nextInt(60);
            for (int p = 0; p < pieces; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = sb.toString();
            for (ExtractedQuote q : extractor.extract(text).quotes()) {
                assertTrue(q.start() >= 0 && q.start() <= q.end() && q.end() <= text.length(), text);
                assertEquals(q.text(), text.substring(q.start(), q.end()));
            }
        }
    }

    @Test
    void shouldHandleAMegabyteWhenTheTextIsHuge() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_000_000) {
            sb.append("“We are ready to help,” Erdogan said. Turkish President Recep Tayyip Erdogan met Putin. “Unclosed \n\n");
        }
        Extraction result = extractor.extract(sb.toString());
        assertTrue(result.quotes().size() > 5000);
        assertEquals("Recep Tayyip Erdogan", result.quotes().get(result.quotes().size() - 1).speaker());
    }

    @Test
    void shouldNotBacktrackWhenTheTextIsOnlyQuoteMarks() {
        String marks = "\"“”'‘’«»„".repeat(100_000);
        assertTrue(extractor.extract(marks).quotes().size() >= 0);
    }
}
