package org.quotecheck.verify;

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
import org.quotecheck.factcheck.FactCheckService;
import org.quotecheck.security.RequiresRole;
import org.quotecheck.security.Role;

@Path("/v1/verify")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresRole(Role.READER)
@Tag(name = "Verification", description = "Did this person really say these words?")
public class VerifyResource {

    private final VerifyService verifier;
    private final FactCheckService factChecks;

    VerifyResource(VerifyService verifier, FactCheckService factChecks) {
        this.verifier = verifier;
        this.factChecks = factChecks;
    }

    @POST
    @Operation(operationId = "verifyClaim", summary = "Verify a claimed quote",
            description = "Verdicts, by precedence: NOT_FOUND, MISATTRIBUTED, ALTERED, WRONG_DATE, FRAGMENT / VERIFIED; findings lists all that apply. "
                    + "The claimed speaker is resolved by name or alias, then surname (Putin, Mr Fernandes, President Xi), then office held at the date "
                    + "(the Estonian president). MISATTRIBUTED means a stored speaker who did not say the words; a claimed speaker who is nobody in the "
                    + "store gets the verdict on the words alone and the finding SPEAKER_UNKNOWN.")
    @APIResponse(responseCode = "200", description = "The verdict with its evidence", content = @Content(schema = @Schema(implementation = VerifyResponse.class)))
    @APIResponse(responseCode = "400", description = "Empty text, text over 5,000 characters, invalid date", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "record: true needs the editor role", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerifyResponse verify(@Valid @NotNull VerifyRequest request) {
        return Boolean.TRUE.equals(request.record()) ? factChecks.verifyAndRecord(request) : verifier.verify(request);
    }

    @POST
    @Path("/batch")
    @Operation(operationId = "verifyClaims", summary = "Verify up to 100 claims; results come in the same order")
    @APIResponse(responseCode = "200", description = "One result per claim", content = @Content(schema = @Schema(implementation = VerifyBatchResponse.class)))
    @APIResponse(responseCode = "400", description = "More than 100 claims, or an invalid one (field names it: claims[3].text)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerifyBatchResponse verifyBatch(@Valid @NotNull VerifyBatchRequest request) {
        return new VerifyBatchResponse(verifier.verifyAll(request.claims()));
    }
}
