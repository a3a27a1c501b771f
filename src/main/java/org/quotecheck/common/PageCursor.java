package org.quotecheck.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.quotecheck.error.ApiException;

/**
 * Keyset position in a listing: the last row's id and, for ranked listings, its score. Encoded as
 * an opaque string so that the encoding can change without breaking clients. A cursor is only
 * taken back in exactly the form {@link #encode} gives, with a finite, non-negative score and a
 * positive id: anything else was not handed out by this API.
 */
public record PageCursor(Double score, long id) {

    public String encode() {
        String raw = "v1|" + (score == null ? "" : score.toString()) + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses the {@code cursor} query parameter; null stays null, anything else not handed out is a 400. */
    public static PageCursor decode(String cursor) {
        return decode("cursor", cursor);
    }

    /** Parses a cursor from the named query parameter; null stays null, anything not handed out is a 400. */
    public static PageCursor decode(String parameter, String cursor) {
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
            PageCursor decoded = new PageCursor(score, Long.parseLong(parts[2]));
            boolean valid = decoded.id > 0 && (score == null || (Double.isFinite(score) && score >= 0))
                    && decoded.encode().equals(cursor); // one spelling only: no "+5", "05", "5.0d" or " 0.5"
            if (!valid) {
                throw new IllegalArgumentException(raw);
            }
            return decoded;
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidParameter(parameter, parameter + " is not one this API returned; pass " + (parameter.equals("cursor")
                    ? "nextCursor" : "nextPageToken") + " from the previous page");
        }
    }
}
