package org.quotecheck.common;

import jakarta.ws.rs.core.EntityTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.ProblemType;

/**
 * Optimistic concurrency over HTTP: a representation's ETag is its version, and a write must name
 * the version it was based on in If-Match, so two editors never overwrite each other silently.
 * If-Match is read as RFC 9110 defines it: {@code *} matches whatever version is current, a list of
 * entity tags matches if one of them is the current version compared strongly (so a weak tag
 * {@code W/"3"} never matches), and a header that is neither is a 400.
 */
public final class ETags {

    /** What an If-Match header asks for: any current version, or one of these strong tags. */
    public record Precondition(boolean any, List<String> strongTags) {

        boolean matches(long version) {
            return any || strongTags.contains(Long.toString(version));
        }
    }

    /** If-Match: * — "whatever the current version is". */
    public static final Precondition ANY = new Precondition(true, List.of());

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** What an If-Match header asks for; 428 without one, 400 when it is not {@code *} or a list of entity tags. */
    public static Precondition expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you edited (GET it first), so concurrent edits cannot be lost.",
                    List.of(), Map.of());
        }
        String header = ifMatch.strip();
        if (header.equals("*")) {
            return ANY;
        }
        List<String> strong = new ArrayList<>();
        int tags = 0;
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ',' || c == ' ' || c == '\t') {
                i++;
                continue;
            }
            boolean weak = header.startsWith("W/", i);
            int open = weak ? i + 2 : i;
            if (open >= n || header.charAt(open) != '"') {
                throw malformed();
            }
            int close = open + 1;
            while (close < n && isEtagChar(header.charAt(close))) {
                close++;
            }
            if (close >= n || header.charAt(close) != '"') {
                throw malformed();
            }
            tags++;
            if (!weak) {
                strong.add(header.substring(open + 1, close));
            }
            i = close + 1;
            while (i < n && (header.charAt(i) == ' ' || header.charAt(i) == '\t')) {
                i++;
            }
            if (i < n && header.charAt(i) != ',') {
                throw malformed();
            }
        }
        if (tags == 0) {
            throw malformed();
        }
        return new Precondition(false, List.copyOf(strong));
    }

    /** RFC 9110 etagc: visible ASCII but the double quote, or non-ASCII text. */
    private static boolean isEtagChar(char c) {
        return c == 0x21 || (c >= 0x23 && c <= 0x7E) || c >= 0x80;
    }

    private static ApiException malformed() {
        return ApiException.invalidParameter("If-Match",
                "If-Match must be * or the ETag of the version you edited, quoted as sent in ETag (for example \"3\")");
    }

    /** 412 unless the precondition matches the current version. */
    public static void check(Precondition expected, long current) {
        if (!expected.matches(current)) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED,
                    "The resource is at version " + current + ", not the one you edited; GET it again, reapply your change and send its ETag."
                            + (expected.strongTags().isEmpty() ? " Weak ETags (W/...) never match for If-Match." : ""),
                    List.of(), Map.of("currentVersion", current));
        }
    }
}
