package org.quotecheck.app;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Location headers name the configured public base URL, or are relative paths (RFC 9110 allows
 * both); never the request's Host header, which a client can set to anything and which would then
 * be echoed to whoever follows the link.
 */
public class PublicLocations {

    private final String base;

    PublicLocations(QuotecheckConfig config) {
        this.base = config.http().publicBaseUrl().map(url -> url.replaceAll("/+$", "")).orElse("");
    }

    @ServerResponseFilter
    public void location(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location == null) {
            return;
        }
        URI uri = location instanceof URI given ? given : URI.create(location.toString());
        if (uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
            return;
        }
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        response.getHeaders().putSingle(HttpHeaders.LOCATION, base + path);
    }
}
