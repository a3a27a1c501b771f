package org.quotecheck.verify.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;
import org.quotecheck.text.TextNormalizer;

/**
 * The words of every stored quote in a Lucene index, with their positions, for finding a claim's
 * candidates at a million quotes. The index is derived state: each pod builds it from the quote
 * table at start, in a directory of its own that the operating system pages in (memory-mapped, so
 * the index lives off the heap), and keeps it in step from the table's change feed, so pods stay
 * stateless. Each applied batch is visible to the next search (a near-real-time reader, reopened
 * by the first search after a batch).
 *
 * <p>A quote is one document: its normalised words (indexed with {@link QuoteAnalyzer}, positions
 * kept), its id and its speaker's id (terms for updates and filters, doc values to read back). A
 * claim's candidates come from {@link ClaimQuery} (exact phrase, sloppy phrase, phrase parts,
 * words), among all quotes and among the claimed speaker's.
 */
public final class CandidateIndex implements CandidateSearch, AutoCloseable {

    static final String QUOTE = "quote";
    static final String SPEAKER = "speaker";
    static final String QUOTE_ID = "quote_id";
    static final String SPEAKER_ID = "speaker_id";

    /** Lucene's own default: matches counted before scores may be pruned. */
    private static final int TOTAL_HITS_THRESHOLD = 1000;
    private static final Sort NEWEST_FIRST = new Sort(new SortField(QUOTE_ID, SortField.Type.LONG, true));

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Until the first load is done, rows are only added (each quote comes once) and not yet searchable. */
    private volatile boolean loaded;
    private volatile long maxSeq;
    /** Batches applied since the first load, and how many of them the current reader sees. */
    private final AtomicLong applied = new AtomicLong();
    private volatile long visible;

    /** An empty index in a new temporary directory, deleted on {@link #close()}. */
    public CandidateIndex() {
        this(temporaryDirectory());
    }

    /** An empty index in {@code path} (created; whatever was there is replaced). */
    public CandidateIndex(Path path) {
        try {
            this.path = path;
            Files.createDirectories(path);
            directory = new MMapDirectory(path);
            IndexWriterConfig config = new IndexWriterConfig(new QuoteAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64)
                    // newest quote first in every segment: "the newest quotes holding these words" stops
                    // after as many as asked, where an unsorted index offered each match to the heap in turn
                    .setIndexSort(NEWEST_FIRST)
                    .setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
            searchers = new SearcherManager(writer, true, false, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("quotecheck-candidates-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Applies the quotes' current state, as read from the table: a quote is added or replaced, a
     * retracted one removed. Once loaded, the batch is searchable when this returns. One caller at a
     * time (the change feed); the rows of a later call must have been read later.
     */
    public void apply(Collection<Entry> entries) {
        try {
            long highest = maxSeq;
            for (Entry e : entries) {
                highest = Math.max(highest, e.changeSeq());
                Term id = new Term(QUOTE, Long.toString(e.quoteId()));
                if (!e.active()) {
                    if (loaded) {
                        writer.deleteDocuments(id);
                    }
                } else if (loaded) {
                    writer.updateDocument(id, document(e));
                } else {
                    writer.addDocument(document(e));
                }
            }
            if (loaded && !entries.isEmpty()) {
                // the next search opens a reader that sees the batch: a bulk import applying thousands of batches
                // while nobody searches then writes a few large segments instead of one per batch
                applied.incrementAndGet();
            }
            maxSeq = highest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Ends the first load: what was applied becomes searchable, as one segment (a search costs a
     * look-up of each of its words per segment), and later batches replace quotes.
     */
    public void finishLoad() {
        try {
            writer.forceMerge(1);
            loaded = true;
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document document(Entry e) {
        Document doc = new Document();
        doc.add(new StringField(QUOTE, Long.toString(e.quoteId()), Field.Store.NO));
        doc.add(new StringField(SPEAKER, Long.toString(e.speakerId()), Field.Store.NO));
        doc.add(new NumericDocValuesField(QUOTE_ID, e.quoteId()));
        doc.add(new NumericDocValuesField(SPEAKER_ID, e.speakerId()));
        // normalised once (QuoteAnalyzer's words), read by both fields
        String words = TextNormalizer.instance().normalize(e.normalizedText()).text();
        doc.add(new Field(ClaimQuery.TEXT, new SpacedWords(words), TextField.TYPE_NOT_STORED));
        doc.add(new Field(WordPairs.FIELD, WordPairs.pairs(new SpacedWords(words)), WordPairs.TYPE));
        return doc;
    }

    /** The highest change number applied: the table's changes above it are not in the index yet. */
    public long maxSeq() {
        return maxSeq;
    }

    /** Quotes in the index (not retracted). */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Segments of the index: each is a look-up per word of every search (a first load ends as one). */
    public int segments() {
        return withSearcher(s -> s.getIndexReader().leaves().size());
    }

    /** Bytes of the index files (in the page cache when used, not on the heap). */
    public long bytesOnDisk() {
        try (Stream<Path> files = Files.list(path)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    /**
     * The candidates for a claim's normalised words ({@link CandidatePlan}): the quotes best
     * matching {@link ClaimQuery} among all, and among the claimed speakers' (when a speaker is claimed).
     */
    public Found find(List<String> claimWords, Collection<Long> claimedSpeakers) {
        return withSearcher(s -> CandidatePlan.find(new Steps(s), claimWords, claimedSpeakers));
    }

    /**
     * The plan's searches on one reader. A phrase needing a word that no quote holds is left out
     * before Lucene opens a position list per word of it (for a long claim with a word replaced,
     * most of a search's time); the reader's word counts are exact, so nothing that could match is.
     */
    private static final class Steps implements CandidatePlan.Steps {
        private final IndexSearcher searcher;
        private final Map<String, Integer> frequencies = new HashMap<>();

        Steps(IndexSearcher searcher) {
            this.searcher = searcher;
        }

        @Override
        public List<CandidatePlan.Hit> exactPhrase(List<String> words, Collection<Long> speakers, int max) {
            if (ClaimQuery.usedWords(words).stream().anyMatch(w -> documentFrequency(w) == 0)) {
                return List.of();
            }
            return hits(ClaimQuery.exactPhrase(words, this::documentFrequency), speakers, max);
        }

        @Override
        public List<CandidatePlan.Hit> claim(List<ClaimQuery.Clause> clauses, Collection<Long> speakers, int max) {
            List<ClaimQuery.Clause> possible = ClaimQuery.matchable(clauses, this::documentFrequency);
            return possible.isEmpty() ? List.of() : hits(ClaimQuery.of(possible, this::documentFrequency), speakers, max);
        }

        @Override
        public List<CandidatePlan.Hit> firstMatching(List<ClaimQuery.Clause> clauses, Collection<Long> speakers, int max) {
            List<ClaimQuery.Clause> possible = ClaimQuery.matchable(clauses, this::documentFrequency);
            if (possible.isEmpty()) {
                return List.of();
            }
            Query any = ClaimQuery.of(possible, this::documentFrequency);
            Query query = speakers == null ? any : new BooleanQuery.Builder().add(any, Occur.MUST).add(speakerFilter(speakers), Occur.FILTER).build();
            return hits(query, newestFirst(max));
        }

        @Override
        public int documentFrequency(String word) {
            return frequencies.computeIfAbsent(word, w -> CandidateIndex.documentFrequency(searcher.getIndexReader(), w));
        }

        @Override
        public int documents() {
            return searcher.getIndexReader().numDocs();
        }

        private List<CandidatePlan.Hit> hits(Query query, Collection<Long> speakers, int max) {
            if (speakers == null) {
                return hits(query, new TopScoreDocCollectorManager(max, null, TOTAL_HITS_THRESHOLD));
            }
            // every match counted: when scores are pruned, a constant-score phrase checks its positions on
            // each advance, and the speaker's few quotes would make every phrase scan ahead to its next match
            Query filtered = new BooleanQuery.Builder().add(query, Occur.MUST).add(speakerFilter(speakers), Occur.FILTER).build();
            return hits(filtered, new TopScoreDocCollectorManager(max, null, Integer.MAX_VALUE));
        }

        private List<CandidatePlan.Hit> hits(Query query, CollectorManager<? extends TopDocsCollector<?>, ? extends TopDocs> collector) {
            try {
                ScoreDoc[] top = searcher.search(query, collector).scoreDocs;
                long[] quotes = ids(searcher, top, QUOTE_ID);
                long[] speakerIds = ids(searcher, top, SPEAKER_ID);
                List<CandidatePlan.Hit> hits = new ArrayList<>(top.length);
                for (int i = 0; i < top.length; i++) {
                    hits.add(new CandidatePlan.Hit(quotes[i], speakerIds[i], top[i].score));
                }
                return hits;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The newest {@code max} quotes holding these words as a phrase (in this order, side by side),
     * newest first: the quotes a search for the phrase ranks first. The search stops at the max-th
     * (ranking them all by BM25, for a phrase of everyday words, read every one).
     */
    public long[] withPhrase(List<String> words, int max) {
        return withSearcher(s -> newest(s, ClaimQuery.exactPhrase(words, w -> documentFrequency(s.getIndexReader(), w)), max));
    }

    private static long[] newest(IndexSearcher s, Query query, int max) throws IOException {
        return ids(s, s.search(query, newestFirst(max)).scoreDocs, QUOTE_ID);
    }

    /** The newest max matches: no hit counted beyond them, so each segment's collection ends with its max-th match (the index's own order). */
    private static TopFieldCollectorManager newestFirst(int max) {
        return new TopFieldCollectorManager(NEWEST_FIRST, max, null, max);
    }

    /** The newest {@code max} quotes holding every one of these normalised words (the first 200 distinct), newest first. */
    public long[] newestWithAll(List<String> words, int max) {
        return newestWithAll(words, null, max);
    }

    @Override
    public long[] newestWithAll(List<String> words, Collection<Long> speakers, int max) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        if (speakers != null) {
            all.add(speakerFilter(speakers), Occur.FILTER);
        }
        // at most ClaimQuery.MAX_WORDS of them (Lucene bounds a query's clauses); the caller checks every word on what it gets
        words.stream().filter(w -> !w.isEmpty()).distinct().limit(ClaimQuery.MAX_WORDS).forEach(w -> all.add(new TermQuery(new Term(ClaimQuery.TEXT, w)), Occur.FILTER));
        return withSearcher(s -> newest(s, all.build(), max));
    }

    /** In how many quotes a normalised word appears (replaced ones may count until merged away); 0 if in none. */
    public int frequency(String word) {
        return withSearcher(s -> documentFrequency(s.getIndexReader(), word));
    }

    private static int documentFrequency(IndexReader reader, String word) {
        try {
            return reader.docFreq(new Term(ClaimQuery.TEXT, word));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Query speakerFilter(Collection<Long> speakers) {
        // term queries, not a TermInSetQuery: a conjunction leads with its cheapest part only when it knows its cost
        if (speakers.size() == 1) {
            return new TermQuery(new Term(SPEAKER, Long.toString(speakers.iterator().next())));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Long id : speakers) {
            any.add(new TermQuery(new Term(SPEAKER, Long.toString(id))), Occur.SHOULD);
        }
        return any.build();
    }

    /** The hits' values of a doc-values field, in hit order (every document has its quote's and speaker's). */
    private static long[] ids(IndexSearcher s, ScoreDoc[] hits, String field) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        long[] ids = new long[hits.length];
        for (int i = 0; i < hits.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
            NumericDocValues values = leaf.reader().getNumericDocValues(field);
            if (values == null || !values.advanceExact(hits[i].doc - leaf.docBase)) {
                throw new IllegalStateException("quote document without its " + field);
            }
            ids[i] = values.longValue();
        }
        return ids;
    }

    private interface Search<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(Search<T> search) {
        try {
            long batches = applied.get();
            if (batches > visible) {
                // a search that comes meanwhile waits for this refresh (or makes its own): none reads an older reader
                searchers.maybeRefreshBlocking();
                visible = Math.max(visible, batches);
            }
            IndexSearcher s = searchers.acquire();
            try {
                return search.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the index and deletes its files (searches still holding a reader finish on it). */
    @Override
    public void close() {
        try {
            searchers.close();
            writer.rollback();
            directory.close();
            try (Stream<Path> files = Files.walk(path)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
