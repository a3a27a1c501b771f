package org.quotecheck.support;

import static org.quotecheck.support.Fixtures.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends claims in the evaluation format ({@code claim}, {@code speaker}, {@code date}, each may be
 * null) through POST /v1/verify/batch, 100 at a time, and returns one result a claim, in order.
 */
public final class ClaimBatches {

    private static final int BATCH = 100;

    private ClaimBatches() {
    }

    public static List<Map<String, Object>> verify(List<JsonNode> claims) {
        List<Map<String, Object>> results = new ArrayList<>();
        for (int from = 0; from < claims.size(); from += BATCH) {
            List<Map<String, Object>> body = new ArrayList<>();
            for (JsonNode c : claims.subList(from, Math.min(claims.size(), from + BATCH))) {
                Map<String, Object> claim = new HashMap<>();
                claim.put("text", c.path("claim").asText());
                if (!c.path("speaker").isNull() && !c.path("speaker").isMissingNode()) {
                    claim.put("speaker", c.path("speaker").asText());
                }
                if (!c.path("date").isNull() && !c.path("date").isMissingNode()) {
                    claim.put("date", c.path("date").asText());
                }
                body.add(claim);
            }
            results.addAll(api().contentType(ContentType.JSON).body(Map.of("claims", body)).post("/v1/verify/batch")
                    .then().statusCode(200).extract().jsonPath().getList("results"));
        }
        return results;
    }
}
