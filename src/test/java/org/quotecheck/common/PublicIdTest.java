package org.quotecheck.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.ProblemType;

class PublicIdTest {

    @Test
    void shouldRoundTripWhenIdIsFormattedAndParsed() {
        for (long id : new long[] {1, 51, 36, 123_456_789L, Long.MAX_VALUE}) {
            assertEquals(id, PublicId.QUOTE.parse(PublicId.QUOTE.format(id)));
        }
        assertEquals("qt_1f", PublicId.QUOTE.format(51L));
    }

    @Test
    void shouldRejectWhenPrefixOrDigitsAreWrong() {
        assertNull(PublicId.QUOTE.tryParse("sp_1"));
        assertNull(PublicId.QUOTE.tryParse("qt_"));
        assertNull(PublicId.QUOTE.tryParse("qt_-1"));
        assertNull(PublicId.QUOTE.tryParse("qt_ABC"));
        assertNull(PublicId.QUOTE.tryParse("qt_zzzzzzzzzzzzzzz"));
        assertNull(PublicId.QUOTE.tryParse("1"));
        ApiException e = assertThrows(ApiException.class, () -> PublicId.SPEAKER.parse("x"));
        assertEquals(ProblemType.NOT_FOUND, e.type());
    }

    @Test
    void shouldRoundTripCursorWhenScoreIsPresentOrAbsent() {
        assertEquals(new PageCursor(2.826087, 51), PageCursor.decode(new PageCursor(2.826087, 51).encode()));
        assertEquals(new PageCursor(null, 7), PageCursor.decode(new PageCursor(null, 7).encode()));
        assertNull(PageCursor.decode(null));
        ApiException e = assertThrows(ApiException.class, () -> PageCursor.decode("not-a-cursor"));
        assertEquals("cursor", e.errors().get(0).field());
    }
}
