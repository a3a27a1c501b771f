package org.quotecheck.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.quotecheck.error.ApiException;

/**
 * Keyset position in a listing: the last row's id and, for ranked listings, its score. Encoded as
 * an opaque string so that the encoding can change without breaking clients.
 */
public record PageCursor(Double score, long id) {

    public String encode() {
        String raw = "v1|" + (score == null ? "" : score.toString()) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a cursor from a query parameter; null stays null, anything malformed is a 400. */
    public static PageCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", -1);
            if (parts.length != 3 || !parts[0].equals("v1")) {
                throw new IllegalArgumentException(raw);
            }
            Double score = parts[1].isEmpty() ? null : Double.valueOf(parts[1]);
            return new PageCursor(score, Long.parseLong(parts[2]));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter("cursor", "cursor is not one this API returned; pass nextCursor from the previous page");
        }
    }
}
