package org.quotecheck.source;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

@Path("/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "Where quotes were published")
public class SourceResource {

    private final SourceService sources;

    SourceResource(SourceService sources) {
        this.sources = sources;
    }

    @POST
    @Operation(operationId = "createSource", summary = "Store a source", description = "The URL is normalised (host case, www., fragment, trailing slash, tracking parameters) and must be new.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SourceResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "URL already stored; existingId names it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response create(@Valid @NotNull CreateSourceRequest request, UriInfo uri) {
        SourceResponse created = SourceResponse.of(sources.create(request));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(operationId = "listSources", summary = "List sources, newest first")
    public SourcePage list(
            @Parameter(description = "Outlet name prefix, case-insensitive", example = "DW", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @QueryParam("outlet") String outlet,
            @Parameter(description = "Sources a page", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return sources.list(PageCursor.decode(cursor), QueryParams.limit(limit), QueryParams.text("outlet", outlet, 200));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSource", summary = "A source with the quotes that appear in it")
    @APIResponse(responseCode = "200", description = "Found", content = @Content(schema = @Schema(implementation = SourceDetailResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SourceDetailResponse get(@Parameter(example = "src_1") @PathParam("id") String id) {
        return sources.detail(id);
    }
}
