package org.quotecheck.search;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.quotecheck.error.Problem;
import org.quotecheck.security.Caller;
import org.quotecheck.security.RequiresRole;
import org.quotecheck.security.Role;

@Path(SearchIndexRebuilds.PATH)
@Produces(MediaType.APPLICATION_JSON)
@RequiresRole(Role.ADMIN)
@Tag(name = "Search index", description = "Admins rebuild the OpenSearch index behind its alias while the old index serves")
public class SearchIndexResource {

    private static final String STARTED = """
            {"id": "rb_1", "state": "pending", "alias": "quotecheck-quotes", "indexedQuotes": 0, "requestedBy": "newsroom-admin",
             "requestedAt": "2024-07-03T09:30:00Z"}""";
    private static final String INDEXING = """
            {"id": "rb_1", "state": "indexing", "alias": "quotecheck-quotes", "oldIndex": "quotecheck-quotes-1", "newIndex": "quotecheck-quotes-2",
             "indexedQuotes": 1200, "lagQuotes": 3, "requestedBy": "newsroom-admin", "requestedAt": "2024-07-03T09:30:00Z",
             "startedAt": "2024-07-03T09:30:01Z"}""";
    private static final String DONE = """
            {"id": "rb_1", "state": "done", "alias": "quotecheck-quotes", "oldIndex": "quotecheck-quotes-1", "newIndex": "quotecheck-quotes-2",
             "indexedQuotes": 1203, "requestedBy": "newsroom-admin", "requestedAt": "2024-07-03T09:30:00Z", "startedAt": "2024-07-03T09:30:01Z",
             "swappedAt": "2024-07-03T09:30:04Z", "finishedAt": "2024-07-03T09:30:09Z"}""";
    private static final String IN_PROGRESS = """
            {"type": "https://quotecheck.dev/problems/rebuild-in-progress", "title": "A rebuild of the search index is unfinished", "status": 409,
             "detail": "Rebuild rb_1 of the search index is indexing; follow it at /v1/admin/search-index/rebuilds/rb_1 and ask again once it is done.",
             "instance": "/v1/admin/search-index/rebuilds", "existingId": "rb_1"}""";
    private static final String EMBEDDED = """
            {"type": "https://quotecheck.dev/problems/embedded-index-rebuilt-at-start", "title": "Each pod rebuilds its embedded search index when it starts",
             "status": 409, "detail": "The search backend is embedded: each pod builds its candidate index from the quote table when it starts, so a rolling restart (kubectl rollout restart deployment/quotecheck) rebuilds every pod's while the others serve. Rebuilds through the API are for the opensearch backend.",
             "instance": "/v1/admin/search-index/rebuilds"}""";

    private final SearchIndexRebuilds rebuilds;
    private final Caller caller;

    SearchIndexResource(SearchIndexRebuilds rebuilds, Caller caller) {
        this.rebuilds = rebuilds;
        this.caller = caller;
    }

    @POST
    @Operation(operationId = "createSearchIndexRebuild", summary = "Rebuild the search index from the quote table while the old index serves",
            description = "opensearch backend: a new index (current mappings and analyzers) is filled from the quote table while the alias keeps "
                    + "naming the old index, which goes on serving and receiving changes; once the new index has caught up, the alias moves to it "
                    + "in one request and the old index is deleted. Any pod takes the request; the indexer pod runs it, and the next one resumes it "
                    + "if that pod dies. One rebuild at a time. Follow it at Location.")
    @APIResponse(responseCode = "202", description = "Recorded; the indexer pod starts it within seconds",
            content = @Content(schema = @Schema(implementation = RebuildResponse.class), examples = @ExampleObject(name = "started", value = STARTED)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "409", description = "rebuild-in-progress: another rebuild is unfinished (existingId names it); "
            + "embedded-index-rebuilt-at-start: the embedded backend has no shared index to rebuild (restart the pods one by one); "
            + "idempotency-key-in-use: the first request with this Idempotency-Key is still running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "rebuildInProgress", value = IN_PROGRESS), @ExampleObject(name = "embeddedBackend", value = EMBEDDED)}))
    public Response create(UriInfo uri) {
        RebuildResponse started = rebuilds.request(caller.name());
        return Response.accepted(started).location(uri.getBaseUriBuilder().path(SearchIndexRebuilds.PATH.substring(1)).path(started.id()).build())
                .type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSearchIndexRebuild", summary = "A rebuild of the search index: its state, progress and indexes")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(schema = @Schema(implementation = RebuildResponse.class),
                    examples = {@ExampleObject(name = "indexing", value = INDEXING), @ExampleObject(name = "done", value = DONE)}))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RebuildResponse get(@Parameter(description = "The rebuild's id, from the Location of its POST", example = "rb_1") @PathParam("id") String id) {
        return rebuilds.get(id);
    }
}
