package org.quotecheck.common;

import jakarta.ws.rs.core.EntityTag;
import java.util.List;
import java.util.Map;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.ProblemType;

/**
 * Optimistic concurrency over HTTP: a representation's ETag is its version, and a write must name
 * the version it was based on in If-Match, so two editors never overwrite each other silently.
 */
public final class ETags {

    /** If-Match: * — "whatever the current version is". */
    public static final long ANY = -1;

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an If-Match header names; 428 without one. A tag that cannot match any version yields 412 later. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the ETag of the version you edited (GET it first), so concurrent edits cannot be lost.",
                    List.of(), Map.of());
        }
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return ANY;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            return Long.MIN_VALUE; // never equal to a real version
        }
    }

    /** 412 unless {@code expected} is the current version (or ANY). */
    public static void check(long expected, long current) {
        if (expected != ANY && expected != current) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED,
                    "The resource is at version " + current + ", not the one you edited; GET it again, reapply your change and send its ETag.",
                    List.of(), Map.of("currentVersion", current));
        }
    }
}
