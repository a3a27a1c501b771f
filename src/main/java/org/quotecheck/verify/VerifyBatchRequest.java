package org.quotecheck.verify;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Up to 100 claims, answered in the same order")
public record VerifyBatchRequest(
        @Schema(required = true) @NotEmpty @Size(max = VerifyBatchRequest.MAX_CLAIMS) List<@Valid @NotNull VerifyRequest> claims) {

    public static final int MAX_CLAIMS = 100;
}
