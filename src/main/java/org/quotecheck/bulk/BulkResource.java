package org.quotecheck.bulk;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.Problem;
import org.quotecheck.security.RequiresRole;
import org.quotecheck.security.Role;

@Path("/v1")
@Tag(name = "Import and export", description = "Archives in and out as NDJSON (quotecheck and Quotebank formats; offices from Wikidata dumps)")
public class BulkResource {

    public static final String NDJSON = "application/x-ndjson";

    private final ImportService imports;
    private final ExportService exports;

    BulkResource(ImportService imports, ExportService exports) {
        this.imports = imports;
        this.exports = exports;
    }

    @POST
    @Path("/imports")
    @Consumes({NDJSON, "application/jsonl", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresRole(Role.EDITOR)
    @Operation(operationId = "importQuotes", summary = "Import quotes from NDJSON",
            description = "format=quotecheck: one POST /v1/quotes body a line (speaker may be a whole speaker object). format=quotebank: Quotebank's lines. format=wikidata: a Wikidata JSON dump file whose entities give stored speakers (by wikidataId) their offices (P39). "
                    + "Runs in the background: 202 with Location to follow; wait=true answers when done. Bad lines are rejected with their numbers; re-running adds nothing.")
    @APIResponse(responseCode = "202", description = "Started", content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "200", description = "Done (wait=true)", content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "400", description = "Unknown format or empty body", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response importQuotes(@Parameter(description = "The lines' format", example = "quotecheck", schema = @Schema(type = SchemaType.STRING, enumeration = {"quotecheck", "quotebank", "wikidata"}, defaultValue = "quotecheck")) @QueryParam("format") String format,
            @Parameter(description = "Answer when the import is done (200) instead of at once (202)", example = "true", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("wait") String wait, InputStream body, UriInfo uri) {
        boolean waitForIt = "true".equalsIgnoreCase(wait);
        if (wait != null && !waitForIt && !"false".equalsIgnoreCase(wait)) {
            throw ApiException.invalidParameter("wait", "wait must be true or false");
        }
        ImportResponse started = imports.start(format == null || format.isBlank() ? "quotecheck" : format.trim(), body, waitForIt);
        Response.ResponseBuilder response = waitForIt ? Response.ok(started) : Response.accepted(started);
        return response.location(uri.getBaseUriBuilder().path("v1/imports").path(started.id()).build()).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/imports/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getImport", summary = "An import's progress and outcome")
    @APIResponse(responseCode = "200", description = "Found", content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportResponse importStatus(@Parameter(example = "imp_1") @PathParam("id") String id) {
        return imports.get(id);
    }

    @GET
    @Path("/exports")
    @Produces(NDJSON)
    @Operation(operationId = "exportQuotes", summary = "Every quote as quotecheck NDJSON, streamed (one line per appearance; imports back as the same store)")
    public Response export(@Parameter(description = "The only export format", example = "quotecheck", schema = @Schema(type = SchemaType.STRING, enumeration = {"quotecheck"}, defaultValue = "quotecheck")) @QueryParam("format") String format) {
        if (format != null && !format.isBlank() && !format.trim().equals("quotecheck")) {
            throw ApiException.invalidParameter("format", "exports are in the quotecheck format");
        }
        StreamingOutput stream = exports::write;
        return Response.ok(stream, NDJSON).build();
    }
}
