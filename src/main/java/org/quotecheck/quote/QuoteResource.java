package org.quotecheck.quote;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.quotecheck.audit.HistoryService;
import org.quotecheck.audit.QuoteHistory;
import org.quotecheck.common.ETags;
import org.quotecheck.common.QueryParams;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.Problem;

@Path("/v1/quotes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quotes", description = "Direct quotes with speaker, date and sources")
public class QuoteResource {

    private final QuoteService quotes;
    private final HistoryService history;

    QuoteResource(QuoteService quotes, HistoryService history) {
        this.quotes = quotes;
        this.history = history;
    }

    @POST
    @Operation(operationId = "createQuote", summary = "Store a quote, or add a source to the same quote",
            description = "The same speaker with the same normalised words is the same quote: posting it again from another source adds an appearance and answers 200 with the existing quote.")
    @APIResponse(responseCode = "201", description = "A new quote", content = @Content(schema = @Schema(implementation = QuoteResponse.class)))
    @APIResponse(responseCode = "200", description = "The existing quote, with the source added as an appearance", content = @Content(schema = @Schema(implementation = QuoteResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid quote", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The speaker name matches several speakers (candidates listed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response create(@Valid @NotNull CreateQuoteRequest request, UriInfo uri) {
        QuoteService.CreateResult result = quotes.create(request);
        if (!result.created()) {
            return Response.ok(result.quote()).build();
        }
        return Response.created(uri.getAbsolutePathBuilder().path(result.quote().id()).build()).entity(result.quote()).build();
    }

    @GET
    @Operation(operationId = "searchQuotes", summary = "Search quotes", description = "Fuzzy over the words (typos, case, accents and quote marks do not matter), ranked by relevance; filters combine.")
    @APIResponse(responseCode = "200", description = "A page of quotes", content = @Content(schema = @Schema(implementation = QuotePage.class)))
    @APIResponse(responseCode = "404", description = "The speaker filter names nobody in the store", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The speaker filter names several speakers (candidates listed)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuotePage search(
            @Parameter(description = "Words or a fragment", example = "best period in history", schema = @Schema(type = SchemaType.STRING, maxLength = 5000)) @QueryParam("q") String q,
            @Parameter(description = "Speaker id, name, alias, surname or office held (at `to`, else `from`, else today); "
                    + "naming nobody is a 404, several a 409 with the candidates", example = "Putin", schema = @Schema(type = SchemaType.STRING, maxLength = 300)) @QueryParam("speaker") String speaker,
            @Parameter(description = "Said on or after", example = "2024-07-01", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Said on or before", example = "2024-07-31", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Outlet name prefix of a source it appeared in", example = "DW", schema = @Schema(type = SchemaType.STRING, maxLength = 200)) @QueryParam("outlet") String outlet,
            @Parameter(description = "Language tag", example = "en", schema = @Schema(type = SchemaType.STRING, maxLength = 35)) @QueryParam("language") String language,
            @Parameter(description = "By default all but retracted", example = "verified", schema = @Schema(implementation = QuoteStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Quotes a page", example = "5", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return quotes.search(QuoteSearchCriteria.parse(q, speaker, from, to, outlet, language, status, limit, cursor));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getQuote", summary = "A quote with its speaker, every appearance and the earliest source")
    @APIResponse(responseCode = "200", description = "Found", content = @Content(schema = @Schema(implementation = QuoteResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "qt_1") @PathParam("id") String id) {
        return withETag(quotes.get(id));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getQuoteHistory", summary = "Every change to a quote: who (API key name), when, which fields, and each source added")
    @APIResponse(responseCode = "200", description = "Found", content = @Content(schema = @Schema(implementation = QuoteHistory.class)))
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuoteHistory history(@Parameter(example = "qt_1") @PathParam("id") String id) {
        return history.quoteHistory(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateQuote", summary = "Replace a quote's words, speaker, date, language, context and status")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = QuoteResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The speaker already has these words as another quote", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response update(@Parameter(example = "qt_1") @PathParam("id") String id,
            @Parameter(required = true, description = "The ETag of the version you edited", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull UpdateQuoteRequest request) {
        return withETag(quotes.update(id, request, ETags.expectedVersion(ifMatch)));
    }

    @PUT
    @Path("/{id}/utterance")
    @Operation(operationId = "linkQuoteUtterance", summary = "Link a quote with the other wordings of what was said",
            description = "Quotes that render one utterance (the original words and each outlet's translation of them) are linked as one utterance: "
                    + "the quote joins the utterance of another wording (`with`), or the one with a label. A claim is then checked against every wording, "
                    + "and search lists the utterance once.")
    @APIResponse(responseCode = "200", description = "Linked; the other wordings are listed", content = @Content(schema = @Schema(implementation = QuoteResponse.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of with and label, an unknown quote, or another speaker's quote", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response link(@Parameter(example = "qt_2") @PathParam("id") String id, @Valid @NotNull UtteranceLinkRequest request) {
        return withETag(quotes.link(id, request));
    }

    @DELETE
    @Path("/{id}/utterance")
    @Operation(operationId = "unlinkQuoteUtterance", summary = "Take a quote out of its utterance", description = "The other wordings stay linked with each other.")
    @APIResponse(responseCode = "200", description = "Unlinked", content = @Content(schema = @Schema(implementation = QuoteResponse.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response unlink(@Parameter(example = "qt_2") @PathParam("id") String id) {
        return withETag(quotes.unlink(id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "retractQuote", summary = "Retract a quote", description = "Nothing is hard-deleted: the quote is marked retracted with the reason and leaves default searches.")
    @APIResponse(responseCode = "200", description = "Retracted", content = @Content(schema = @Schema(implementation = QuoteResponse.class)))
    @APIResponse(responseCode = "400", description = "No reason given", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retract(@Parameter(example = "qt_1") @PathParam("id") String id,
            @Parameter(description = "Optional: the ETag of the version you retract") @HeaderParam("If-Match") String ifMatch,
            @Parameter(required = true, description = "Why it is retracted", example = "Misattributed: the words are Xi Jinping's", schema = @Schema(type = SchemaType.STRING, maxLength = 1000)) @QueryParam("reason") String reason) {
        String why = QueryParams.text("reason", reason, 1000);
        if (why == null) {
            throw ApiException.invalidParameter("reason", "reason is required: say why the quote is retracted");
        }
        return withETag(quotes.retract(id, why, ifMatch == null ? ETags.ANY : ETags.expectedVersion(ifMatch)));
    }

    private static Response withETag(QuoteResponse quote) {
        return Response.ok(quote).tag(ETags.of(quote.version())).build();
    }
}
