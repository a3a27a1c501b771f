package org.quotecheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    private final TextNormalizer normalizer = TextNormalizer.instance();

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Russian-Chinese relations|russian chinese relations",
            "  Hello,   World!  |hello world",
            "“best period in history,”|best period in history",
            "\"best period in history\"|best period in history",
            "‘best’|best",
            "Xi's old friend|xis old friend",
            "Xi’s old friend|xis old friend",
            "Erdoğan|erdogan",
            "António Guterres|antonio guterres",
            "Straße|strasse",
            "ＦＵＬＬ　ｗｉｄｔｈ|full width",
            "ﬁnancial|financial",
            "we are — not — creating|we are not creating",
            "wait… what|wait what",
            "wait...what|wait what",
            "it's less than 100%|its less than 100 %",
            "$5bn deal|$ 5bn deal",
            "9/11|9 11",
            "[Russia and China] are experiencing|russia and china are experiencing",
            "Владимир Путин|владимир путин",
            "习近平|习近平",
            "«Nous sommes prêts»|nous sommes prets",
            "„Wir schaffen das“|wir schaffen das",
            "'90s|90s",
            "zero\u200bwidth|zerowidth",
            "UPPER lower MiXeD|upper lower mixed",
            "!!!|``",
            "``|``",
    })
    void shouldNormalizeWhenTextHasTypographicNoise(String input, String expected) {
        assertEquals(expected, normalizer.key(input));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // Cyrillic: case folded, the diaeresis of ё dropped like an accent
            "ВЛАДИМИР ПУТИН: «Всё решено»|владимир путин все решено",
            // Arabic: vowel points, the hamza on an alef and the tatweel dropped; Arabic-Indic digits read as digits
            "سَنَبْنِي ثلاثة مستشفيات|سنبني ثلاثة مستشفيات",
            "أعلنت الوزارة|اعلنت الوزارة",
            "جـــديـد|جديد",
            "٣ مستشفيات|3 مستشفيات",
            // Hebrew points dropped
            "שָׁלוֹם|שלום",
            // Devanagari and Thai vowel signs are letters of the word, not accents
            "कुछ नहीं|कुछ नहीं",
            "สวัสดี|สวัสดี",
            // a letter outside the Basic Multilingual Plane is a letter
            "\uD840\uDC00字|\uD840\uDC00字",
    })
    void shouldNormalizeEveryScriptWithoutAsciiAssumptions(String input, String expected) {
        assertEquals(expected, normalizer.key(input));
    }

    @Test
    void shouldBreakWordsWhenWhitespaceIsTabsOrNewlines() {
        assertEquals("tab here line break", normalizer.key("tab\there\r\nline\n\nbreak\u00a0"));
    }

    @Test
    void shouldMapEveryNormalizedCharacterBackToTheOriginalWhenAccentsAndMarksAreRemoved() {
        String original = "“Erdoğan’s” view";
        NormalizedText n = normalizer.normalize(original);
        assertEquals("erdogans view", n.text());
        assertEquals("Erdoğan’s", n.originalOf(0, 8));
        assertEquals("view", n.originalOf(9, 13));
    }

    @Test
    void shouldKeepOffsetsRightWhenTextHasCharactersOutsideTheBasicPlane() {
        String original = "😀 said “we 𝐰𝐢𝐧”";
        NormalizedText n = normalizer.normalize(original);
        assertEquals("said we win", n.text());
        int w = n.text().indexOf("win");
        assertEquals("𝐰𝐢𝐧", n.originalOf(w, w + 3));
    }

    @Test
    void shouldReturnTheSameKeyWhenOnlyCaseAccentsAndQuoteMarksDiffer() {
        assertEquals(normalizer.key("“Our cooperation is not aimed against anyone,”"),
                normalizer.key("our COOPERATION is not aimed against anyone"));
    }

    @Test
    void shouldStayLinearWhenInputIsLarge() {
        String big = "“Quote” — ".repeat(100_000);
        assertEquals(100_000, normalizer.key(big).split(" ").length);
    }
}
