package org.quotecheck.verify;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One result per claim, in the order of the request")
public record VerifyBatchResponse(List<VerifyResponse> results) {
}
