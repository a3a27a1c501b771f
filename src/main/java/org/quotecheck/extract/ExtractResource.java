package org.quotecheck.extract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.quotecheck.error.Problem;
import org.quotecheck.security.RequiresRole;
import org.quotecheck.security.Role;

@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole(Role.READER)
@Tag(name = "Extraction", description = "The quotes in an article, who said each, and whether they hold up")
public class ExtractResource {

    private final ExtractService extraction;

    ExtractResource(ExtractService extraction) {
        this.extraction = extraction;
    }

    @POST
    @Path("/extract")
    @Operation(operationId = "extractQuotes", summary = "Find the quotes in a text and who said each",
            description = "Offsets are UTF-16 code units, as JavaScript strings count them. save: true (editor role, with source) stores every direct and fragment quote with a speaker.")
    @APIResponse(responseCode = "200", description = "The quotes and speakers", content = @Content(schema = @Schema(implementation = ExtractResponse.class)))
    @APIResponse(responseCode = "400", description = "Empty text, or save without source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "save needs the editor role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ExtractResponse extract(@Valid @NotNull ExtractRequest request) {
        return extraction.extract(request);
    }

    @POST
    @Path("/check")
    @Operation(operationId = "checkDraft", summary = "Check a draft: every quote with its speaker and its verification (verdict, match, diff)")
    @APIResponse(responseCode = "200", description = "The quotes, each verified", content = @Content(schema = @Schema(implementation = ExtractResponse.class)))
    public ExtractResponse check(@Valid @NotNull CheckRequest request) {
        return extraction.check(request);
    }
}
