package org.quotecheck.bulk;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.quotecheck.common.PublicId;
import org.quotecheck.error.ApiException;
import org.quotecheck.error.ProblemType;
import org.quotecheck.quote.CreateQuoteRequest;
import org.quotecheck.quote.Quote;
import org.quotecheck.quote.QuoteService;
import org.quotecheck.quote.QuoteStatus;
import org.quotecheck.security.Caller;
import org.quotecheck.source.CreateSourceRequest;
import org.quotecheck.speaker.Speaker;
import org.quotecheck.speaker.SpeakerRequest;
import org.quotecheck.app.DomainMetrics;
import org.quotecheck.speaker.SpeakerResolver;
import org.quotecheck.speaker.SpeakerService;

/**
 * Imports NDJSON: the body is spooled to a temporary file as it streams in (never held in
 * memory), then read line by line in the background; each line is its own transaction, so a bad
 * line is rejected with its number and never aborts the others, and re-running an import adds
 * nothing (the store dedupes into appearances). Progress is written every {@value #PROGRESS_EVERY_MILLIS} ms.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);
    static final int MAX_LINE_BYTES = 64 * 1024;
    /**
     * How often a running import's counts are saved for GET /v1/imports/{id}: by time, not by
     * lines (every 200 lines was 5,000 committed transactions on the reading thread at 1M lines).
     */
    static final long PROGRESS_EVERY_MILLIS = 500;
    static final int KEPT_REJECTIONS = 1000;
    /** Rows written together by one set-based bulk write. */
    static final int BATCH = 500;
    /** Threads writing batches at the same time (each on its own connection). */
    static final int WRITERS = 2;
    /** Speakers an import remembers (by name and by their JSON) before it starts over. */
    static final int SPEAKER_CACHE = 200_000;
    /** Sources an import remembers (url key to id) before it starts over. */
    static final int SOURCE_CACHE = 500_000;
    /** A bulk load's audit rows are written in one transaction, which may take a while at a million quotes. */
    static final int AUDIT_TIMEOUT_SECONDS = 900;
    static final Set<String> FORMATS = Set.of("quotecheck", "quotebank", "wikidata");

    private final QuoteService quotes;
    private final SpeakerService speakers;
    private final SpeakerResolver resolver;
    private final DomainMetrics metrics;
    private final ObjectMapper mapper;
    private final Validator validator;
    private final ManagedExecutor executor;
    private final Caller caller;
    private final BulkWriter bulk;
    private final DeferredIndexes deferredIndexes;
    private final jakarta.transaction.TransactionManager transactions;
    private final jakarta.persistence.EntityManager em;

    ImportService(QuoteService quotes, SpeakerService speakers, SpeakerResolver resolver, ObjectMapper mapper, Validator validator,
            ManagedExecutor executor, Caller caller, BulkWriter bulk, DeferredIndexes deferredIndexes,
            jakarta.transaction.TransactionManager transactions, jakarta.persistence.EntityManager em, DomainMetrics metrics) {
        this.metrics = metrics;
        this.transactions = transactions;
        this.em = em;
        this.bulk = bulk;
        this.deferredIndexes = deferredIndexes;
        this.quotes = quotes;
        this.speakers = speakers;
        this.resolver = resolver;
        this.mapper = mapper;
        this.validator = validator;
        this.executor = executor;
        this.caller = caller;
    }

    /** Spools the body and starts the import; with {@code wait} runs it before answering. */
    public ImportResponse start(String format, InputStream body, boolean wait) {
        if (format == null || !FORMATS.contains(format)) {
            throw ApiException.invalidParameter("format", "format must be quotecheck, quotebank or wikidata");
        }
        Path spool;
        long lines;
        try {
            spool = Files.createTempFile("quotecheck-import-", ".ndjson");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            lines = spoolCountingLines(body, spool);
        } catch (IOException e) {
            deleteSpool(spool); // the upload broke off: nothing was imported, nothing is kept
            throw new UncheckedIOException(e);
        }
        if (lines == 0) {
            deleteSpool(spool);
            throw new ApiException(ProblemType.VALIDATION, "The import is empty: send one JSON object a line.", List.of(), Map.of());
        }
        String who = caller.name();
        long id = QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = new ImportJob();
            job.format = format;
            job.status = "queued";
            job.createdBy = who;
            job.createdAt = Instant.now();
            job.persist();
            return job.id;
        });
        if (wait) {
            run(id, format, spool, lines, who);
        } else {
            executor.runAsync(() -> run(id, format, spool, lines, who));
        }
        return get(PublicId.IMPORT.format(id));
    }

    public ImportResponse get(String publicId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ImportJob job = ImportJob.findById(PublicId.IMPORT.parse(publicId));
            if (job == null) {
                throw ApiException.notFound("import", publicId);
            }
            return response(job);
        });
    }

    /** Set when the pod begins to shut down: running imports stop at their next line and are marked failed, resumable. */
    private volatile boolean stopping;
    private final java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();

    /**
     * On SIGTERM, running imports stop between lines: the batches already handed to the writer are
     * committed whole, the job is marked failed with how to resume (post the same file again; what is
     * stored counts as duplicates), and shutdown waits for that within the pod's grace period.
     */
    void stopImports(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) {
        stopping = true;
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (running.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void run(long id, String format, Path spool, long lineCount, String who) {
        running.incrementAndGet();
        try {
            runImport(id, format, spool, lineCount, who);
        } finally {
            running.decrementAndGet();
        }
    }

    private void runImport(long id, String format, Path spool, long lineCount, String who) {
        if (format.equals("wikidata")) {
            runWikidata(id, spool);
            return;
        }
        Instant started = Instant.now();
        Progress p = new Progress();
        update(id, job -> job.status = "running");
        SpeakerTransaction speakers = new SpeakerTransaction();
        Writer writer = new Writer();
        Map<String, Long> knownSources = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.CompletableFuture<Void> audit = null;
        // a bulk load's audit rows wait here; if the load fails, what it wrote is still audited
        BulkWriter.AuditBacklog deferredAudit = new BulkWriter.AuditBacklog();
        try (DeferredIndexes.BulkLoad bulkLoad = deferredIndexes.deferFor(lineCount);
                InputStream in = Files.newInputStream(spool)) {
            BulkWriter.AuditBacklog backlog = bulkLoad == null ? null : deferredAudit;
            // lines are cut from the read buffer in slices (a synchronized write per byte into a
            // ByteArrayOutputStream was a fifth of a large import's CPU)
            byte[] line = new byte[1024];
            int lineLength = 0;
            Batch batch = new Batch(speakers);
            boolean overlong = false;
            byte[] buffer = new byte[1 << 16];
            int filled = 0;
            int at = 0;
            boolean eof = false;
            long savedAt = System.nanoTime();
            while (!eof) {
                if (at == filled) {
                    filled = Math.max(0, in.read(buffer));
                    at = 0;
                    eof = filled == 0;
                }
                boolean ended = eof;
                if (!eof) {
                    int end = at;
                    while (end < filled && buffer[end] != '\n') {
                        end++;
                    }
                    int n = end - at;
                    if (!overlong && lineLength + n > MAX_LINE_BYTES) {
                        overlong = true; // skip the rest of this line without keeping it
                    } else if (!overlong && n > 0) {
                        if (lineLength + n > line.length) {
                            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
                        }
                        System.arraycopy(buffer, at, line, lineLength, n);
                        lineLength += n;
                    }
                    ended = end < filled;
                    at = ended ? end + 1 : filled;
                }
                if (!ended) {
                    continue; // the line goes on in the next read
                }
                if (lineLength > 0 || overlong) {
                    p.lines++;
                    if (overlong) {
                        p.reject("line over 64 KiB");
                    } else {
                        prepareLine(format, Arrays.copyOf(line, lineLength), p, batch);
                    }
                    if (batch.rows.size() >= BATCH) {
                        Batch full = batch;
                        speakers.commit();
                        writer.submit(() -> flush(format, full, p, who, backlog, knownSources));
                        batch = new Batch(speakers);
                    }
                    if (System.nanoTime() - savedAt > PROGRESS_EVERY_MILLIS * 1_000_000) {
                        save(id, p, "running", null);
                        savedAt = System.nanoTime();
                    }
                }
                lineLength = 0;
                overlong = false;
                if (stopping && !eof) {
                    throw new IllegalStateException("stopped because the service shut down (" + p.lines + " lines read); post the same file again"
                            + " to finish it: lines already stored count as duplicates");
                }
                if (eof) {
                    Batch last = batch;
                    speakers.commit();
                    writer.submit(() -> flush(format, last, p, who, backlog, knownSources));
                    writer.drain();
                }
            }
            save(id, p, "running", null); // every line is in; a bulk load now builds its indexes (closing bulkLoad) and audits
            if (backlog != null) {
                audit = java.util.concurrent.CompletableFuture.runAsync(
                        () -> QuarkusTransaction.requiringNew().timeout(AUDIT_TIMEOUT_SECONDS).run(() -> bulk.audit(backlog, who)), executor);
            }
        } catch (IOException | RuntimeException e) {
            speakers.rollback();
            writer.drain();
            LOG.errorf(e, "Import %d failed", id);
            if (audit == null && !deferredAudit.isEmpty()) {
                try {
                    QuarkusTransaction.requiringNew().timeout(AUDIT_TIMEOUT_SECONDS).run(() -> bulk.audit(deferredAudit, who));
                } catch (RuntimeException auditFailure) {
                    LOG.errorf(auditFailure, "Import %d: the audit rows of what it stored could not be written", id);
                }
            }
            save(id, p, "failed", e.getMessage());
            return;
        } finally {
            deleteSpool(spool);
            LOG.infof("Import %d by %s: %d lines, %d accepted, %d duplicates, %d rejected in %s", id, who, p.lines, p.accepted, p.duplicates,
                    p.rejectedCount, Duration.between(started, Instant.now()));
        }
        if (audit != null) {
            try {
                audit.join();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Import %d: the audit rows could not be written", id);
                save(id, p, "failed", "the quotes are stored, but their audit rows could not be written: " + e.getMessage());
                return;
            }
        }
        save(id, p, "done", null);
    }

    /**
     * A Wikidata JSON dump: the offices (P39) of every entity whose id is a stored speaker's
     * {@code wikidataId} become that speaker's roles, titled and placed by the labels the file gives
     * for the position and the body. Two passes over the spooled file: the offices, then the labels
     * they need, so memory holds only what is used. Accepted counts roles added, duplicates roles
     * the speaker already had.
     */
    private void runWikidata(long id, Path spool) {
        Progress p = new Progress();
        update(id, job -> job.status = "running");
        try {
            Map<String, List<WikidataOffices.Held>> byPerson = new java.util.LinkedHashMap<>();
            Map<String, Long> lineOf = new java.util.HashMap<>();
            readEntities(spool, p, true, (entity, lineNumber) -> {
                List<WikidataOffices.Held> held = WikidataOffices.offices(entity);
                if (!held.isEmpty()) {
                    byPerson.computeIfAbsent(WikidataOffices.id(entity), k -> new ArrayList<>()).addAll(held);
                    lineOf.put(WikidataOffices.id(entity), lineNumber);
                }
            });
            Map<String, Long> stored = QuarkusTransaction.requiringNew().call(() -> speakers.byWikidataIds(byPerson.keySet()));
            Set<String> needed = new java.util.HashSet<>();
            byPerson.forEach((person, held) -> {
                if (stored.containsKey(person)) {
                    held.forEach(h -> {
                        needed.add(h.position());
                        if (h.body() != null) {
                            needed.add(h.body());
                        }
                    });
                }
            });
            Map<String, String> labels = new java.util.HashMap<>();
            readEntities(spool, p, false, (entity, lineNumber) -> {
                String qid = WikidataOffices.id(entity);
                String label = needed.contains(qid) ? WikidataOffices.label(entity) : null;
                if (label != null) {
                    labels.put(qid, label);
                }
            });
            QuarkusTransaction.requiringNew().run(() -> byPerson.forEach((person, held) -> {
                Long speakerId = stored.get(person);
                if (speakerId == null) {
                    return; // a position, a body or a person the store does not hold
                }
                for (WikidataOffices.Held h : held) {
                    String title = labels.get(h.position());
                    if (title == null) {
                        p.reject(lineOf.get(person), "claims.P39: the position " + h.position() + " has no label in the file");
                        continue;
                    }
                    String body = h.body() == null ? null : labels.get(h.body());
                    SpeakerRequest.RoleInput role = new SpeakerRequest.RoleInput(title, body, h.from(), h.to());
                    try {
                        check(role, "claims.P39.");
                    } catch (ApiException e) {
                        p.reject(lineOf.get(person), e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).field() + ": " + e.errors().get(0).detail());
                        continue;
                    }
                    p.count(speakers.addRole(speakerId, role));
                }
            }));
            save(id, p, "done", null);
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Import %d failed", id);
            save(id, p, "failed", e.getMessage());
        } finally {
            deleteSpool(spool);
        }
    }

    private interface EntityVisitor {
        void visit(JsonNode entity, long lineNumber);
    }

    /** Each entity of a dump file; a line that is not one is rejected (on the first pass only, which counts lines). */
    private void readEntities(Path spool, Progress p, boolean firstPass, EntityVisitor visitor) throws IOException {
        try (java.io.BufferedReader reader = Files.newBufferedReader(spool, java.nio.charset.StandardCharsets.UTF_8)) {
            long lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (firstPass) {
                    p.lines++;
                }
                String json = WikidataOffices.entityJson(line);
                if (json == null) {
                    continue;
                }
                JsonNode entity;
                try {
                    entity = mapper.readTree(json);
                } catch (IOException e) {
                    if (firstPass) {
                        p.reject(lineNumber, "not a Wikidata entity: the line is not JSON");
                    }
                    continue;
                }
                if (WikidataOffices.id(entity) == null) {
                    if (firstPass) {
                        p.reject(lineNumber, "id: a Wikidata entity needs an id such as Q7747");
                    }
                    continue;
                }
                visitor.visit(entity, lineNumber);
            }
        }
    }

    /**
     * Writes batches on two other threads while the next ones are parsed, so that parsing (Java)
     * and writing (PostgreSQL, one connection each) overlap; memory
     * stays bounded (the reader waits while both write). Each statement of a batch writes its rows in key order, so two batches
     * writing the same source or quote wait for each other instead of deadlocking.
     */
    private final class Writer {
        private final java.util.concurrent.Semaphore slots = new java.util.concurrent.Semaphore(WRITERS);
        private final List<java.util.concurrent.CompletableFuture<Void>> running = new ArrayList<>();

        void submit(Runnable work) {
            slots.acquireUninterruptibly();
            running.removeIf(java.util.concurrent.CompletableFuture::isDone);
            running.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.errorf(e, "A batch of the import failed");
                } finally {
                    slots.release();
                }
            }, executor));
        }

        void drain() {
            running.forEach(java.util.concurrent.CompletableFuture::join);
            running.clear();
        }
    }

    private static void deleteSpool(Path spool) {
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            LOG.warnf("Could not delete %s", spool);
        }
    }

    /**
     * Writes the body to the spool file and returns its lines (0 for an empty body; a last line
     * without a newline counts), counted on the way: reading 600 MB again only to count them took a second.
     */
    private static long spoolCountingLines(InputStream body, Path spool) throws IOException {
        long newlines = 0;
        long bytes = 0;
        byte[] buffer = new byte[1 << 16];
        try (java.io.OutputStream out = Files.newOutputStream(spool)) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        newlines++;
                    }
                }
                bytes += n;
                out.write(buffer, 0, n);
            }
        }
        return bytes == 0 ? 0 : newlines + 1;
    }

    /** Lines waiting for a bulk write, with the rows they make. */
    private static final class Batch {
        final List<BulkWriter.Row> rows = new ArrayList<>();
        final List<long[]> lines = new ArrayList<>(); // {line number, first row, row count}
        final List<JsonNode> nodes = new ArrayList<>();
        /** Speakers resolved so far by this import, shared by its batches. */
        final SpeakerTransaction speakers;

        Batch(SpeakerTransaction speakers) {
            this.speakers = speakers;
        }
    }

    /** Decodes, parses and checks one line; good lines become rows of the batch, lines the bulk path cannot take are imported at once. */
    private void prepareLine(String format, byte[] bytes, Progress p, Batch batch) {
        JsonNode node = parse(bytes, p);
        if (node == null) {
            return;
        }
        try {
            List<BulkWriter.Row> rows = format.equals("quotebank") ? quotebankRows(node, p.lines, batch) : quotecheckRows(node, p.lines, batch);
            if (rows == null) {
                batch.speakers.commit(); // the single-write path must see the speakers created so far
                importNode(format, node, p, p.lines); // a shape the bulk path does not take (sourceId): the single-write path
                return;
            }
            batch.lines.add(new long[] {p.lines, batch.rows.size(), rows.size()});
            batch.nodes.add(node);
            batch.rows.addAll(rows);
        } catch (ApiException e) {
            String field = e.errors().isEmpty() ? "" : e.errors().get(0).field() + ": ";
            p.reject(e.errors().isEmpty() ? e.getMessage() : field + e.errors().get(0).detail());
        } catch (IOException | RuntimeException e) {
            p.reject(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Writes the batch in one transaction; if the database refuses it, its lines go through the single-write path one by one. */
    private void flush(String format, Batch batch, Progress p, String who, BulkWriter.AuditBacklog backlog, Map<String, Long> knownSources) {
        if (batch.rows.isEmpty()) {
            return;
        }
        try {
            BulkWriter.Sources sources = QuarkusTransaction.requiringNew().call(() -> bulk.writeSources(batch.rows, knownSources));
            // remembered only now that they are committed: a later batch's rows will reference them
            if (knownSources.size() > SOURCE_CACHE) {
                knownSources.clear();
            }
            knownSources.putAll(sources.ids());
            boolean[] created = QuarkusTransaction.requiringNew().call(() -> bulk.write(batch.rows, sources, who, backlog));
            for (long[] line : batch.lines) {
                p.count(created[(int) line[1]]);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Bulk write of %d lines failed (%s); writing them one by one", batch.lines.size(), e.getMessage());
            for (int k = 0; k < batch.nodes.size(); k++) {
                importNode(format, batch.nodes.get(k), p, batch.lines.get(k)[0]);
            }
        }
    }

    private List<BulkWriter.Row> quotecheckRows(JsonNode node, long lineNumber, Batch batch) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode line = (com.fasterxml.jackson.databind.node.ObjectNode) node.deepCopy();
        if (line.hasNonNull("sourceId") || !line.hasNonNull("source") || line.hasNonNull("utterance")) {
            return null; // by id, or linked with other wordings: written one by one, through the quote service
        }
        JsonNode status = line.remove("status");
        JsonNode reason = line.remove("retractionReason");
        JsonNode speaker = line.get("speaker");
        SpeakerRequest speakerObject = null;
        Long knownSpeaker = null;
        if (speaker != null && speaker.isObject()) {
            // an archive repeats the same speaker object on many lines: checked and resolved once
            knownSpeaker = batch.speakers.cache.get("json:" + speaker);
            if (knownSpeaker == null) {
                speakerObject = mapper.treeToValue(speaker, SpeakerRequest.class);
                check(speakerObject, "speaker.");
            }
            line.remove("speaker");
            line.put("speakerId", "sp_0"); // checked now, resolved below
        }
        CreateQuoteRequest request = mapper.treeToValue(line, CreateQuoteRequest.class);
        check(request, "");
        String normalized = org.quotecheck.text.TextNormalizer.instance().key(request.text());
        if (normalized.isEmpty()) {
            throw ApiException.invalidField("text", "must contain words, not only punctuation");
        }
        if (request.start() != null && request.end() != null && request.start() > request.end()) {
            throw ApiException.invalidField("end", "must not be before start");
        }
        long speakerId;
        if (knownSpeaker != null) {
            speakerId = knownSpeaker;
        } else if (speakerObject != null) {
            SpeakerRequest so = speakerObject;
            String key = "obj:" + (so.wikidataId() != null ? so.wikidataId() : org.quotecheck.text.TextNormalizer.instance().key(so.name()));
            speakerId = cachedSpeaker(batch, key, () -> speakerFor(so).id);
            batch.speakers.remember("json:" + speaker, speakerId);
        } else if (request.speakerId() != null && !request.speakerId().isBlank()) {
            return null;
        } else if (request.speaker() != null && !request.speaker().isBlank()) {
            String name = request.speaker();
            speakerId = cachedSpeaker(batch, "name:" + org.quotecheck.text.TextNormalizer.instance().key(name),
                    () -> speakers.resolveOrCreate("speaker", name).id);
        } else {
            throw ApiException.invalidField("speaker", "give either speaker or speakerId");
        }
        return List.of(new BulkWriter.Row(lineNumber, speakerId, request.text(), normalized, request.language(), request.spokenLanguage(),
                request.saidOn() == null ? null : request.saidOn().toString(), request.context(), request.source(), request.start(), request.end(),
                status == null || status.isNull() ? null : org.quotecheck.common.LowercaseEnum.fromValue(QuoteStatus.class, status.asText()).value(),
                reason == null || reason.isNull() ? null : reason.asText()));
    }

    /** The fields of a Quotebank line that quotecheck keeps. */
    private record QuotebankLine(String quotation, String speaker, String qid, LocalDate day, List<String> urls) {
    }

    private static QuotebankLine parseQuotebank(JsonNode node) {
        String quotation = node.path("quotation").asText("");
        String name = node.path("speaker").asText("");
        if (name.isBlank() || name.equals("None")) {
            throw ApiException.invalidField("speaker", "unattributed in Quotebank (speaker None): skipped");
        }
        List<String> qids = new ArrayList<>();
        node.path("qids").forEach(q -> qids.add(q.asText()));
        String date = node.path("date").asText("");
        LocalDate day = null;
        if (date.length() >= 10) {
            day = org.quotecheck.common.CalendarDates.parse(date.substring(0, 10));
            if (day == null) {
                throw ApiException.invalidField("date", "date " + org.quotecheck.common.CalendarDates.refusal(date));
            }
        }
        for (String[] text : new String[][] {{"quotation", quotation}, {"speaker", name}}) {
            String problem = org.quotecheck.common.TextRules.problemWith(text[1]);
            if (problem != null) {
                throw ApiException.invalidField(text[0], text[0] + " " + problem);
            }
        }
        List<String> urls = new ArrayList<>();
        node.path("urls").forEach(u -> urls.add(u.asText()));
        if (urls.isEmpty()) {
            throw ApiException.invalidField("urls", "a Quotebank line needs at least one url");
        }
        String qid = qids.isEmpty() || !qids.get(0).matches("^Q[1-9][0-9]*$") ? null : qids.get(0);
        return new QuotebankLine(quotation, name, qid, day, urls);
    }

    private List<BulkWriter.Row> quotebankRows(JsonNode node, long lineNumber, Batch batch) {
        QuotebankLine q = parseQuotebank(node);
        String quotation = q.quotation();
        String name = q.speaker();
        String qid = q.qid();
        LocalDate day = q.day();
        List<String> urls = q.urls();
        List<BulkWriter.Row> rows = new ArrayList<>();
        String normalized = org.quotecheck.text.TextNormalizer.instance().key(quotation);
        for (String url : urls) {
            CreateSourceRequest source = new CreateSourceRequest(url, null, null, null, day, null, null, null);
            check(new CreateQuoteRequest(quotation, name, null, day, "en", null, null, source, null, null, null, null), "");
            if (normalized.isEmpty()) {
                throw ApiException.invalidField("quotation", "must contain words, not only punctuation");
            }
            rows.add(new BulkWriter.Row(lineNumber, 0, quotation, normalized, "en", null, day == null ? null : day.toString(), null, source, null, null,
                    null, null));
        }
        long speakerId = cachedSpeaker(batch, "qb:" + (qid != null ? qid : org.quotecheck.text.TextNormalizer.instance().key(name)),
                () -> speakerFor(new SpeakerRequest(name, List.of(), qid, null, List.of(), null)).id);
        return rows.stream().map(r -> new BulkWriter.Row(r.line(), speakerId, r.text(), r.normalized(), r.language(), r.spokenLanguage(), r.saidOn(), r.context(),
                r.source(), r.start(), r.end(), r.status(), r.retractionReason())).toList();
    }

    /** A speaker's id, resolved once per import (in the batch's speaker transaction) and remembered. */
    private long cachedSpeaker(Batch batch, String key, java.util.function.Supplier<Long> resolve) {
        Long id = batch.speakers.cache.get(key);
        if (id == null) {
            id = batch.speakers.resolve(resolve);
            batch.speakers.remember(key, id);
        }
        return id;
    }

    /**
     * The speakers a batch creates, created in one transaction on the reading thread and committed
     * before the batch is handed to a writer (its rows reference them): one transaction and one audit
     * revision per batch instead of one per speaker, which is what made the first minute of a large
     * import slow. If that transaction fails, the speakers it created are forgotten; rows that
     * referenced them fail their batch, which then goes line by line and resolves them afresh.
     */
    private final class SpeakerTransaction {
        final Map<String, Long> cache = new java.util.HashMap<>();
        private final List<String> added = new ArrayList<>();
        private boolean open;

        long resolve(java.util.function.Supplier<Long> resolve) {
            if (!open) {
                // the transaction manager itself: QuarkusTransaction.begin() needs a request scope,
                // which the background thread of an import does not have
                try {
                    transactions.begin();
                } catch (jakarta.transaction.NotSupportedException | jakarta.transaction.SystemException e) {
                    throw new IllegalStateException("Cannot begin the speakers' transaction", e);
                }
                open = true;
                bulk.asynchronousCommit(); // like the batches' (see BulkWriter)
            }
            try {
                long id = resolve.get();
                // written now and let go: every look-up of the next speaker would otherwise flush
                // and dirty-check all the speakers created so far in this transaction (quadratic: half
                // of a 200k-line import's time went there)
                em.flush();
                em.clear();
                return id;
            } catch (RuntimeException e) {
                rollback();
                throw e;
            }
        }

        void remember(String key, long id) {
            if (cache.size() > SPEAKER_CACHE) {
                cache.clear(); // an archive of very many speakers: memory stays bounded, look-ups repeat
            }
            cache.put(key, id);
            if (open) {
                added.add(key);
            }
        }

        void commit() {
            if (!open) {
                return;
            }
            open = false;
            try {
                transactions.commit();
                added.clear();
            } catch (Exception e) {
                LOG.warnf("The speakers of an import batch could not be stored (%s); their lines go one by one", e.getMessage());
                forget();
            }
        }

        void rollback() {
            if (open) {
                open = false;
                try {
                    transactions.rollback();
                } catch (Exception e) {
                    LOG.debugf("Rolling back an import's speakers: %s", e.getMessage());
                }
            }
            forget();
        }

        private void forget() {
            added.forEach(cache::remove);
            added.clear();
        }
    }

    /** The line as a JSON object, or null after recording why it is rejected (blank lines are not counted). */
    private JsonNode parse(byte[] bytes, Progress p) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            p.reject("invalid UTF-8");
            return null;
        }
        if (text.isBlank()) {
            p.lines--;
            return null;
        }
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null || !node.isObject()) {
                p.reject("each line must be a JSON object");
                return null;
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            p.reject("not valid JSON: " + e.getOriginalMessage());
            return null;
        }
    }

    /** The single-write path: one line in its own transaction through the normal store. */
    private void importNode(String format, JsonNode node, Progress p, long lineNumber) {
        try {
            List<Outcome> outcomes = QuarkusTransaction.requiringNew().call(() -> format.equals("quotebank") ? quotebank(node) : quotecheck(node));
            p.count(outcomes.get(0).created);
        } catch (ApiException e) {
            String field = e.errors().isEmpty() ? "" : e.errors().get(0).field() + ": ";
            p.reject(lineNumber, e.errors().isEmpty() ? e.getMessage() : field + e.errors().get(0).detail());
        } catch (RuntimeException e) {
            p.reject(lineNumber, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private record Outcome(boolean created) {
    }

    /** A line in the shape of POST /v1/quotes; speaker may be a name or a whole speaker (name, aliases, wikidataId, roles). */
    private List<Outcome> quotecheck(JsonNode node) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode line = (com.fasterxml.jackson.databind.node.ObjectNode) node.deepCopy();
        JsonNode status = line.remove("status");
        JsonNode reason = line.remove("retractionReason");
        JsonNode speaker = line.get("speaker");
        if (speaker != null && speaker.isObject()) {
            SpeakerRequest request = mapper.treeToValue(speaker, SpeakerRequest.class);
            check(request, "speaker.");
            line.remove("speaker");
            line.put("speakerId", PublicId.SPEAKER.format(speakerFor(request).id));
        }
        CreateQuoteRequest request = mapper.treeToValue(line, CreateQuoteRequest.class);
        check(request, "");
        QuoteService.CreateResult result = quotes.create(request);
        if (status != null && status.isTextual()) {
            Quote q = Quote.findById(PublicId.QUOTE.parse(result.quote().id()));
            q.status = org.quotecheck.common.LowercaseEnum.fromValue(QuoteStatus.class, status.asText());
            q.retractionReason = reason == null || reason.isNull() ? null : reason.asText();
        }
        return List.of(new Outcome(result.created()));
    }

    /** A Quotebank line: quotation, speaker and its Wikidata ids, date, every url an appearance. */
    private List<Outcome> quotebank(JsonNode node) {
        QuotebankLine q = parseQuotebank(node);
        String quotation = q.quotation();
        String name = q.speaker();
        LocalDate day = q.day();
        List<String> urls = q.urls();
        Speaker speaker = speakerFor(new SpeakerRequest(name, List.of(), q.qid(), null, List.of(), null));
        List<Outcome> outcomes = new ArrayList<>();
        for (String url : urls) {
            CreateSourceRequest source = new CreateSourceRequest(url, null, null, null, day, null, null, null);
            CreateQuoteRequest request = new CreateQuoteRequest(quotation, null, PublicId.SPEAKER.format(speaker.id), day, "en", null, null, source, null, null, null, null);
            check(request, "");
            outcomes.add(new Outcome(quotes.create(request).created()));
        }
        return outcomes;
    }

    /** The stored speaker for an imported one: by Wikidata id, else by name or alias, else a new speaker. */
    private Speaker speakerFor(SpeakerRequest request) {
        Speaker found = null;
        if (request.wikidataId() != null) {
            found = Speaker.find("wikidataId", request.wikidataId()).firstResult();
        }
        if (found == null) {
            List<Speaker> byName = resolver.resolve(request.name());
            if (byName.size() == 1 && (request.wikidataId() == null || byName.get(0).wikidataId == null
                    || request.wikidataId().equals(byName.get(0).wikidataId))) {
                found = byName.get(0);
            }
        }
        if (found == null) {
            return speakers.create(request);
        }
        // a stored speaker takes the offices an import gives it that it does not have yet
        if (request.roles() != null) {
            for (SpeakerRequest.RoleInput role : request.roles()) {
                speakers.addRole(found.id, role);
            }
        }
        return found;
    }

    private void check(Object request, String prefix) {
        Set<? extends ConstraintViolation<?>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            ConstraintViolation<?> v = violations.stream().min(Comparator.comparing(c -> c.getPropertyPath().toString())).orElseThrow();
            throw ApiException.invalidField(prefix + v.getPropertyPath(), v.getMessage());
        }
    }

    /** Running counts of one import; lines are counted by the reading thread, outcomes also by the writing one. */
    private final class Progress {
        volatile long lines;
        long accepted;
        long duplicates;
        long rejectedCount;
        final List<ImportResponse.Rejection> rejected = new ArrayList<>();

        synchronized void count(boolean created) {
            metrics.importLine(created ? DomainMetrics.ImportOutcome.ACCEPTED : DomainMetrics.ImportOutcome.DUPLICATE);
            if (created) {
                accepted++;
            } else {
                duplicates++;
            }
        }

        void reject(String error) {
            reject(lines, error);
        }

        synchronized void reject(long line, String error) {
            metrics.importLine(DomainMetrics.ImportOutcome.REJECTED);
            rejectedCount++;
            if (rejected.size() < KEPT_REJECTIONS) {
                rejected.add(new ImportResponse.Rejection(line, error.length() > 300 ? error.substring(0, 300) + "…" : error));
            }
        }
    }

    private void save(long id, Progress p, String status, String error) {
        String rejected;
        long lines;
        long accepted;
        long duplicates;
        long rejectedCount;
        synchronized (p) {
            p.rejected.sort(Comparator.comparingLong(ImportResponse.Rejection::line));
            try {
                rejected = mapper.writeValueAsString(p.rejected);
            } catch (IOException e) {
                rejected = "[]";
            }
            lines = p.lines;
            accepted = p.accepted;
            duplicates = p.duplicates;
            rejectedCount = p.rejectedCount;
        }
        String json = rejected;
        update(id, job -> {
            job.status = status;
            job.linesRead = lines;
            job.accepted = accepted;
            job.duplicates = duplicates;
            job.rejectedCount = rejectedCount;
            job.rejected = json;
            job.error = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
            if (!status.equals("running")) {
                job.finishedAt = Instant.now();
            }
        });
    }

    private void update(long id, java.util.function.Consumer<ImportJob> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(ImportJob.findById(id)));
    }

    private ImportResponse response(ImportJob job) {
        List<ImportResponse.Rejection> rejected;
        try {
            rejected = mapper.readValue(job.rejected, new TypeReference<List<ImportResponse.Rejection>>() { });
        } catch (IOException e) {
            rejected = List.of();
        }
        Instant end = job.finishedAt == null ? Instant.now() : job.finishedAt;
        double seconds = Math.round(Duration.between(job.createdAt, end).toMillis() / 100.0) / 10.0;
        return new ImportResponse(PublicId.IMPORT.format(job.id), job.format, job.status, job.linesRead, job.accepted, job.duplicates,
                rejected, job.rejectedCount, seconds, job.error, job.createdAt, job.finishedAt);
    }
}
