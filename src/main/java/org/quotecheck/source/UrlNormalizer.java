package org.quotecheck.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The identity of a web page for de-duplicating sources: the same article reached through
 * http/https, "www.", a fragment, a trailing slash or tracking parameters is one source.
 */
public final class UrlNormalizer {

    private UrlNormalizer() {
    }

    public static String key(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url, e);
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        int port = uri.getPort();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean defaultPort = port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        StringBuilder key = new StringBuilder(host);
        if (!defaultPort) {
            key.append(':').append(port);
        }
        key.append(path.isEmpty() ? "/" : path);
        String query = keptQuery(uri.getRawQuery());
        if (!query.isEmpty()) {
            key.append('?').append(query);
        }
        return key.toString();
    }

    private static String keptQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            String lower = name.toLowerCase(Locale.ROOT);
            if (pair.isEmpty() || lower.startsWith("utm_") || lower.equals("fbclid") || lower.equals("gclid")
                    || lower.equals("mc_cid") || lower.equals("mc_eid") || lower.equals("ocid") || lower.equals("cmpid")) {
                continue;
            }
            kept.add(pair);
        }
        return String.join("&", kept);
    }
}
