package org.quotecheck.verify.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriticalEditsTest {

    @ParameterizedTest(name = "[{index}] {0} → {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "worst|best|true",
            "slowly|quickly|true",
            "small|big|true",
            "little|much|true",
            "verifiable|unverifiable|true",
            "agree|disagree|true",
            "million|billion|true",
            "1000|100|true",
            "not surprised|shocked|true",
            "we are creating new|we are not creating any|true",
            "dont|do|true",
            "|never|true",
            "least|most|true",
            "fewer|more|true",
            "reassuring|distressing|false",
            "blocs|alliances|false",
            "said|stated|false",
            "relations|ties|false",
    })
    void shouldFlagMeaningCriticalEditsWhenWordsChange(String claim, String source, boolean critical) {
        List<String> c = claim == null ? List.of() : List.of(claim.split(" "));
        List<String> s = source == null ? List.of() : List.of(source.split(" "));
        assertEquals(critical, CriticalEdits.isCritical(c, s));
    }
}
