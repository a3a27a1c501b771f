package org.quotecheck.common;

import org.quotecheck.error.ApiException;

/**
 * Opaque public ids in the style of Stripe ("qt_2s", "sp_1"): a type prefix and the row id in
 * base 36. Clients treat them as strings; the prefix makes a pasted id self-describing.
 */
public enum PublicId {
    QUOTE("qt_", "quote"),
    SPEAKER("sp_", "speaker"),
    SOURCE("src_", "source"),
    FACTCHECK("fc_", "fact-check"),
    IMPORT("imp_", "import"),
    REBUILD("rb_", "search index rebuild");

    private final String prefix;
    private final String noun;

    PublicId(String prefix, String noun) {
        this.prefix = prefix;
        this.noun = noun;
    }

    public String format(Long id) {
        return id == null ? null : prefix + Long.toString(id, 36);
    }

    /** The row id behind a public id; a malformed id is simply one that does not exist (404). */
    public long parse(String publicId) {
        Long id = tryParse(publicId);
        if (id == null) {
            throw ApiException.notFound(noun, publicId);
        }
        return id;
    }

    public Long tryParse(String publicId) {
        if (publicId == null || !publicId.startsWith(prefix) || publicId.length() > prefix.length() + 13) {
            return null;
        }
        String digits = publicId.substring(prefix.length());
        if (digits.isEmpty() || !digits.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))) {
            return null;
        }
        try {
            return Long.parseLong(digits, 36);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String noun() {
        return noun;
    }
}
