package org.quotecheck.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlNormalizerTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.dw.com/en/a-69550350, dw.com/en/a-69550350",
            "http://DW.com/en/a-69550350/, dw.com/en/a-69550350",
            "https://www.dw.com/en/a-69550350#comments, dw.com/en/a-69550350",
            "https://www.dw.com/en/a-69550350?utm_source=twitter&utm_medium=social, dw.com/en/a-69550350",
            "https://www.dw.com/en/a-69550350?page=2&fbclid=abc, dw.com/en/a-69550350?page=2",
            "https://www.dw.com:443/en/a-69550350, dw.com/en/a-69550350",
            "https://www.dw.com:8443/en/a-69550350, dw.com:8443/en/a-69550350",
            "https://dw.com, dw.com/",
    })
    void shouldFoldUrlVariantsWhenTheyNameTheSamePage(String url, String key) {
        assertEquals(key, UrlNormalizer.key(url));
    }

    @Test
    void shouldKeepPathCaseWhenPathsDifferOnlyInCase() {
        assertNotEquals(UrlNormalizer.key("https://example.com/A"), UrlNormalizer.key("https://example.com/a"));
    }
}
