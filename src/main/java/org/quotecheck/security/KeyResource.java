package org.quotecheck.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.quotecheck.common.PageCursor;
import org.quotecheck.common.QueryParams;
import org.quotecheck.error.Problem;

@Path("/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN)
@Tag(name = "API keys", description = "Admins issue, list and revoke keys")
public class KeyResource {

    @Schema(description = "A key to issue")
    public record CreateKeyRequest(
            @Schema(required = true, example = "cms-plugin-newsdesk") @NotBlank @Size(max = 100) String name,
            @Schema(required = true, example = "reader") @NotNull Role role) {
    }

    @Schema(description = "An API key; 'key' is present only in the response that created it")
    public record KeyResponse(
            @Schema(example = "key_51") String id,
            @Schema(example = "cms-plugin-newsdesk") String name,
            @Schema(example = "reader") Role role,
            @Schema(description = "The key itself: shown once, store it now", example = "qc_3q2-…", nullable = true) String key,
            @Schema(example = "qc_3q2-Xv") String keyPrefix,
            String createdBy,
            Instant createdAt,
            @Schema(nullable = true) Instant lastUsedAt,
            @Schema(nullable = true) Instant revokedAt) {

        static KeyResponse of(ApiKey k, String plaintext) {
            return new KeyResponse("key_" + k.id, k.name, k.role, plaintext, k.keyPrefix, k.createdBy, k.createdAt, k.lastUsedAt, k.revokedAt);
        }
    }

    public record KeyPage(List<KeyResponse> data, @Schema(description = "Pass as cursor to get the next page; null on the last page", nullable = true) String nextCursor,
            boolean hasMore) {
    }

    private final ApiKeyService keys;
    private final Caller caller;

    KeyResource(ApiKeyService keys, Caller caller) {
        this.keys = keys;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createKey", summary = "Issue a key", description = "The response carries the key once; only its hash is stored.")
    @APIResponse(responseCode = "201", description = "Issued", content = @Content(schema = @Schema(implementation = KeyResponse.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response create(@Valid @NotNull CreateKeyRequest request, UriInfo uri) {
        ApiKeyService.IssuedKey issued = keys.issue(request.name(), request.role(), caller.name());
        KeyResponse body = KeyResponse.of(issued.stored(), issued.plaintext());
        return Response.created(uri.getAbsolutePathBuilder().path(body.id()).build()).entity(body).build();
    }

    @GET
    @Operation(operationId = "listKeys", summary = "List keys, newest first (without the keys themselves)")
    @APIResponse(responseCode = "200", description = "A page of keys", content = @Content(schema = @Schema(implementation = KeyPage.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public KeyPage list(@Parameter(description = "Keys a page", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        int max = QueryParams.limit(limit);
        List<ApiKey> rows = keys.list(PageCursor.decode(cursor), max);
        boolean hasMore = rows.size() > max;
        List<ApiKey> page = rows.subList(0, Math.min(max, rows.size()));
        String next = hasMore ? new PageCursor(null, page.get(page.size() - 1).id).encode() : null;
        return new KeyPage(page.stream().map(k -> KeyResponse.of(k, null)).toList(), next, hasMore);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeKey", summary = "Revoke a key", description = "Other pods stop accepting it within quotecheck.auth.cache-ttl (30 s).")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = KeyResponse.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KeyResponse revoke(@Parameter(example = "key_51") @PathParam("id") String id) {
        return KeyResponse.of(keys.revoke(id), null);
    }
}
