package org.quotecheck.speaker;

import jakarta.transaction.Transactional;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.quotecheck.common.ETags;
import org.quotecheck.common.PageCursor;
import org.quotecheck.common.QueryParams;
import org.quotecheck.error.Problem;
import org.quotecheck.quote.QuotePage;
import org.quotecheck.quote.QuoteSearchCriteria;
import org.quotecheck.quote.QuoteService;

@Path("/v1/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Speakers", description = "People quotes are attributed to, with aliases and roles")
public class SpeakerResource {

    private final SpeakerService speakers;
    private final QuoteService quotes;

    SpeakerResource(SpeakerService speakers, QuoteService quotes) {
        this.speakers = speakers;
        this.quotes = quotes;
    }

    @POST
    @Transactional
    @Operation(operationId = "createSpeaker", summary = "Create a speaker", description = "A second speaker with the same name is refused (409, existingId) unless both carry different Wikidata ids.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SpeakerResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid speaker", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Same name or Wikidata id already stored", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    public Response create(@Valid @NotNull SpeakerRequest request, UriInfo uri) {
        SpeakerResponse created = SpeakerResponse.of(speakers.create(request));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(operationId = "searchSpeakers", summary = "Search speakers by name or alias", description = "Without q, all speakers newest first.")
    public SpeakerPage search(
            @Parameter(description = "A name or alias, fuzzy", example = "Xi", schema = @Schema(type = SchemaType.STRING, maxLength = 300)) @QueryParam("q") String q,
            @Parameter(description = "Items a page", example = "5", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        return speakers.search(QueryParams.text("q", q, 300), PageCursor.decode(cursor), QueryParams.limit(limit));
    }

    @GET
    @Path("/resolve")
    @Operation(operationId = "resolveSpeaker", summary = "Who a mention names at a date", description = "By alias, title or role held that day: the Turkish president on 2024-07-03 is Recep Tayyip Erdogan. Several matches come back as candidates, not a guess.")
    @APIResponse(responseCode = "200", description = "The speaker, or the candidates", content = @Content(schema = @Schema(implementation = SpeakerResolution.class)))
    @APIResponse(responseCode = "404", description = "Nobody matches", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SpeakerResolution resolve(@Parameter(required = true, description = "A name, alias, title or role", example = "the Turkish president", schema = @Schema(type = SchemaType.STRING, maxLength = 300)) @QueryParam("mention") String mention,
            @Parameter(description = "The day the mention refers to; default today", example = "2024-07-03", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("date") String date) {
        return speakers.resolution(QueryParams.text("mention", mention, 300), QueryParams.date("date", date));
    }

    @GET
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "getSpeaker", summary = "A speaker with aliases and roles")
    @APIResponse(responseCode = "200", description = "Found", content = @Content(schema = @Schema(implementation = SpeakerResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@Parameter(example = "sp_1") @PathParam("id") String id) {
        return withETag(SpeakerResponse.of(speakers.get(id)));
    }

    @PUT
    @Path("/{id}")
    @Transactional
    @Operation(operationId = "updateSpeaker", summary = "Replace a speaker's name, aliases, Wikidata id, description and roles")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = SpeakerResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Name or Wikidata id taken by another speaker", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@Parameter(example = "sp_1") @PathParam("id") String id,
            @Parameter(required = true, description = "The ETag of the version you edited", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull SpeakerRequest request) {
        Speaker updated = speakers.update(id, request, ETags.expectedVersion(ifMatch));
        speakers.flush();
        return withETag(SpeakerResponse.of(updated));
    }

    private static Response withETag(SpeakerResponse speaker) {
        return Response.ok(speaker).tag(ETags.of(speaker.version())).build();
    }

    @GET
    @Path("/{id}/quotes")
    @Operation(operationId = "listSpeakerQuotes", summary = "A speaker's quotes, newest first, optionally narrowed by words and dates",
            description = "The filters are q, from and to; for outlet, language or status use GET /v1/quotes with speaker.")
    @APIResponse(responseCode = "404", description = "Unknown id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "A page of the speaker's quotes", content = @Content(schema = @Schema(implementation = QuotePage.class)))
    public QuotePage quotes(@Parameter(example = "sp_1") @PathParam("id") String id,
            @Parameter(description = "Words or a fragment, fuzzy", example = "old friend", schema = @Schema(type = SchemaType.STRING, maxLength = 5000)) @QueryParam("q") String q,
            @Parameter(description = "Said on or after", example = "2024-07-01", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("from") String from,
            @Parameter(description = "Said on or before", example = "2024-07-31", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("to") String to,
            @Parameter(description = "Items a page", example = "5", schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        speakers.get(id);
        return quotes.search(QuoteSearchCriteria.parse(q, id, from, to, null, null, null, limit, cursor));
    }
}
