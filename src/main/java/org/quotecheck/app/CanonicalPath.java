package org.quotecheck.app;

import java.util.Locale;

/**
 * Whether a raw request path is already in the form the router will match. A path that needs dot
 * segments resolved, doubled or encoded slashes collapsed, or encoded dots decoded to reach its
 * endpoint could be judged by one path (for the body limit, say) and handled under another; no
 * client of this API needs one, so such a path is refused rather than normalised.
 */
final class CanonicalPath {

    private CanonicalPath() {
    }

    /** Why {@code rawPath} is not canonical, or null if it is. */
    static String problemWith(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/') {
            return "must start with /";
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("//")) {
            return "must not contain empty segments (//)";
        }
        if (lower.contains("%2f") || lower.contains("%5c") || lower.indexOf('\\') >= 0) {
            return "must not contain encoded slashes or backslashes";
        }
        if (lower.contains("%2e")) {
            return "must not contain encoded dots";
        }
        if (lower.indexOf(';') >= 0) {
            return "must not contain path parameters (;)";
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return "must not contain . or .. segments";
            }
        }
        return null;
    }
}
