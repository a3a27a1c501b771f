package org.quotecheck.factcheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.quotecheck.audit.QuoteHistory;
import org.quotecheck.common.ETags;
import org.quotecheck.common.PageCursor;
import org.quotecheck.common.QueryParams;
import org.quotecheck.error.Problem;

@Path("/v1/factchecks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Fact-checks", description = "Reviewed claims, published as schema.org ClaimReview")
public class FactCheckResource {

    public static final String JSON_LD = "application/ld+json";

    private final FactCheckService factChecks;
    private final ObjectMapper mapper;

    FactCheckResource(FactCheckService factChecks, ObjectMapper mapper) {
        this.factChecks = factChecks;
        this.mapper = mapper;
    }

    @POST
    @Operation(operationId = "createFactCheck", summary = "Record a fact-check", description = "The claimant resolves to a stored speaker by name or alias, surname, or office held at appearanceDate.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = FactCheckResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid fact-check", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response create(@Valid @NotNull FactCheckRequest request, UriInfo uri) {
        FactCheckResponse created = factChecks.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).tag(ETags.of(created.version())).build();
    }

    @GET
    @Operation(operationId = "searchFactChecks", summary = "Search fact-checks", description = "Parameters as in Google's Fact Check Tools claims:search, plus speaker, rating and status.")
    @APIResponse(responseCode = "200", description = "A page of fact-checks", content = @Content(schema = @Schema(implementation = FactCheckPage.class)))
    @APIResponse(responseCode = "404", description = "The speaker filter names nobody in the store", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The speaker filter names several speakers (candidates listed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FactCheckPage search(
            @Parameter(description = "Words of the claim or claimant", example = "Putin China relations", schema = @Schema(type = SchemaType.STRING, maxLength = 1000)) @QueryParam("query") String query,
            @Parameter(description = "BCP 47 language", example = "en", schema = @Schema(type = SchemaType.STRING, maxLength = 35)) @QueryParam("languageCode") String languageCode,
            @Parameter(description = "Reviewer or article site", example = "dw.com", schema = @Schema(type = SchemaType.STRING, maxLength = 255)) @QueryParam("reviewPublisherSiteFilter") String site,
            @Parameter(description = "Reviewed within this many days", example = "30", schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "36500")) @QueryParam("maxAgeDays") String maxAgeDays,
            @Parameter(description = "Fact-checks a page", example = "10", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "10")) @QueryParam("pageSize") String pageSize,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken,
            @Parameter(description = "Speaker id, name, alias, surname or office held today; naming nobody is a 404, several a 409 with the candidates",
                    example = "Putin", schema = @Schema(type = SchemaType.STRING, maxLength = 300)) @QueryParam("speaker") String speaker,
            @Parameter(description = "A rating", example = "ALTERED", schema = @Schema(implementation = Rating.class)) @QueryParam("rating") String rating,
            @Parameter(description = "Default all", example = "published", schema = @Schema(implementation = FactCheckStatus.class)) @QueryParam("status") String status) {
        return factChecks.search(FactCheckSearch.parse(query, languageCode, site, maxAgeDays, pageSize, pageToken, speaker, rating, status));
    }

    @GET
    @Path("/feed.jsonld")
    @Produces(JSON_LD)
    @Operation(operationId = "getFactCheckFeed", summary = "The published fact-checks as a schema.org DataFeed of ClaimReviews, newest first")
    public Response feed(@Parameter(description = "ClaimReviews a page", example = "20", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("pageSize") String pageSize,
            @Parameter(description = "nextPageToken of the previous page") @QueryParam("pageToken") String pageToken) {
        return jsonLd(factChecks.feed(QueryParams.limit("pageSize", pageSize), PageCursor.decode("pageToken", pageToken)));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getFactCheck", summary = "A fact-check; with Accept: application/ld+json, as schema.org ClaimReview")
    @APIResponse(responseCode = "200", description = "Found", content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FactCheckResponse.class)),
            @Content(mediaType = JSON_LD)})
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "fc_1") @PathParam("id") String id) {
        FactCheckResponse f = factChecks.get(id);
        return Response.ok(f).tag(ETags.of(f.version())).build();
    }

    @GET
    @Path("/{id}")
    @Produces(JSON_LD)
    public Response getClaimReview(@PathParam("id") String id) {
        return jsonLd(factChecks.claimReview(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateFactCheck", summary = "Replace a fact-check (publish it, withdraw it, edit it); needs If-Match")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = FactCheckResponse.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(example = "fc_1") @PathParam("id") String id,
            @Parameter(required = true, description = "The ETag of the version you edited") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull FactCheckRequest request) {
        FactCheckResponse f = factChecks.update(id, request, ETags.expectedVersion(ifMatch));
        return Response.ok(f).tag(ETags.of(f.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getFactCheckHistory", summary = "Every change to a fact-check: who, when, which fields")
    @APIResponse(responseCode = "200", description = "The revisions", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = QuoteHistory.Revision.class)))
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<QuoteHistory.Revision> history(@Parameter(example = "fc_1") @PathParam("id") String id) {
        return factChecks.history(id);
    }

    private Response jsonLd(Map<String, Object> document) {
        try {
            return Response.ok(mapper.writeValueAsString(document), JSON_LD).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
