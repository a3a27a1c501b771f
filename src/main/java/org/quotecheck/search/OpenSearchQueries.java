package org.quotecheck.search;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.quotecheck.verify.engine.ClaimQuery;

/**
 * {@link ClaimQuery}'s clauses and the other look-ups of the candidate search in OpenSearch's query
 * DSL, clause for clause, on an index whose text field holds the normalised words cut at spaces
 * (the {@code quote_words} analyzer), as the embedded index holds them.
 */
public final class OpenSearchQueries {

    static final String TEXT = ClaimQuery.TEXT;
    static final String QUOTE_ID = "quote_id";
    static final String SPEAKER_ID = "speaker_id";
    /** The phrase analyzer that leaves a position open where the query has {@link #HOLE}. */
    static final String HOLED = "holed_phrase";
    /** Never a normalised word: the normaliser turns an underscore into a word break. */
    static final String HOLE = "_";
    /**
     * OpenSearch 2's default BM25 multiplies every score by (k1 + 1) = 2.2, where Lucene 9's does not
     * (the older formula, kept for scores comparable across versions). The phrase clauses' constant
     * weights are multiplied alike, so that a phrase outranks shared words by the same margin and
     * the relative cut-off keeps the same candidates on both backends.
     */
    static final float BM25_SCALE = 2.2f;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenSearchQueries() {
    }

    /**
     * The one {@code _aliases} request that moves {@code alias} from index {@code from} to index
     * {@code to}: searches see one or the other, never neither. When {@code from} is an index named
     * like the alias (made by a version before aliases), it is deleted in the same request, which
     * is the only way an alias can take an index's name.
     */
    static ObjectNode moveAlias(String alias, String from, String to) {
        ObjectNode body = NODES.objectNode();
        ArrayNode actions = body.putArray("actions");
        if (from.equals(alias)) {
            actions.addObject().putObject("add").put("index", to).put("alias", alias);
            actions.addObject().putObject("remove_index").put("index", from);
        } else {
            actions.addObject().putObject("remove").put("index", from).put("alias", alias);
            actions.addObject().putObject("add").put("index", to).put("alias", alias);
        }
        return body;
    }

    /** Settings and mappings of a new index, and the alias to put on it (none when null). */
    static ObjectNode index(int shards, int replicas, String alias) {
        ObjectNode body = NODES.objectNode();
        if (alias != null) {
            body.putObject("aliases").putObject(alias);
        }
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("number_of_shards", shards).put("number_of_replicas", replicas);
        // newest quote first, as the embedded index: a newest-first search stops at its size, and equal scores rank alike
        index.putObject("sort").put("field", QUOTE_ID).put("order", "desc");
        ObjectNode analysis = index.putObject("analysis");
        // words as long as the embedded index keeps them (the whitespace tokenizer cuts at 255 by default)
        analysis.putObject("tokenizer").putObject("quote_words").put("type", "whitespace").put("max_token_length", 8192);
        analysis.putObject("filter").putObject("phrase_hole").put("type", "stop").putArray("stopwords").add(HOLE);
        ObjectNode analyzers = analysis.putObject("analyzer");
        analyzers.putObject("quote_words").put("type", "custom").put("tokenizer", "quote_words");
        ObjectNode holed = analyzers.putObject(HOLED).put("type", "custom").put("tokenizer", "quote_words");
        holed.putArray("filter").add("phrase_hole");
        // no _source: the index is rebuilt from the quote table, never from itself, and the text would double its size
        ObjectNode mappings = body.putObject("mappings").put("dynamic", "strict");
        mappings.putObject("_source").put("enabled", false);
        ObjectNode properties = mappings.putObject("properties");
        properties.putObject(TEXT).put("type", "text").put("analyzer", "quote_words");
        properties.putObject(QUOTE_ID).put("type", "long");
        properties.putObject(SPEAKER_ID).put("type", "long");
        return body;
    }

    /** A quote's document. */
    static ObjectNode document(long quoteId, long speakerId, String normalizedText) {
        return NODES.objectNode().put(TEXT, normalizedText).put(QUOTE_ID, quoteId).put(SPEAKER_ID, speakerId);
    }

    /** The exact phrase alone (a term for one word), as {@link ClaimQuery#exactPhrase}. */
    static ObjectNode exactPhrase(List<String> words) {
        List<String> kept = ClaimQuery.usedWords(words);
        if (kept.isEmpty()) {
            return matchNone();
        }
        return kept.size() == 1 ? term(kept.get(0)) : phrase(kept, -1, 0);
    }

    /** The whole claim query, as {@link ClaimQuery#of}. */
    static ObjectNode claim(List<ClaimQuery.Clause> clauses) {
        if (clauses.isEmpty()) {
            return matchNone();
        }
        ObjectNode bool = NODES.objectNode();
        ArrayNode should = bool.putObject("bool").putArray("should");
        for (ClaimQuery.Clause clause : clauses) {
            should.add(clause(clause));
        }
        return bool;
    }

    private static ObjectNode clause(ClaimQuery.Clause clause) {
        if (clause instanceof ClaimQuery.Phrase p) {
            ObjectNode constant = NODES.objectNode();
            constant.putObject("constant_score").<ObjectNode>set("filter", phrase(p.words(), p.hole(), p.slop())).put("boost", p.weight() * BM25_SCALE);
            return constant;
        }
        ClaimQuery.SharedWords s = (ClaimQuery.SharedWords) clause;
        ObjectNode shared = NODES.objectNode();
        ObjectNode bool = shared.putObject("bool");
        ArrayNode should = bool.putArray("should");
        s.words().forEach(w -> should.add(term(w)));
        bool.put("minimum_should_match", s.minimum());
        return shared;
    }

    /** {@code query} among the quotes of these speakers only (the filter does not score). */
    static ObjectNode amongSpeakers(ObjectNode query, Collection<Long> speakers) {
        ObjectNode filtered = NODES.objectNode();
        ObjectNode bool = filtered.putObject("bool");
        bool.putArray("must").add(query);
        ArrayNode ids = bool.putArray("filter").addObject().putObject("terms").putArray(SPEAKER_ID);
        speakers.forEach(ids::add);
        return filtered;
    }

    /** Quotes holding every one of these words (the first MAX_WORDS distinct), unscored. */
    static ObjectNode withAll(List<String> words) {
        List<String> distinct = words.stream().filter(w -> !w.isEmpty()).distinct().limit(ClaimQuery.MAX_WORDS).toList();
        if (distinct.isEmpty()) {
            return matchNone();
        }
        ObjectNode all = NODES.objectNode();
        ArrayNode filter = all.putObject("bool").putArray("filter");
        distinct.forEach(w -> filter.add(term(w)));
        return all;
    }

    /** A search for the best {@code size} hits' ids and speakers, nothing else. */
    static ObjectNode search(ObjectNode query, int size) {
        ObjectNode body = NODES.objectNode().put("size", size).put("_source", false).put("track_total_hits", false);
        body.putArray("docvalue_fields").add(SPEAKER_ID);
        body.set("query", query);
        return body;
    }

    /** The same, newest quote first. */
    static ObjectNode newestFirst(ObjectNode query, int size) {
        ObjectNode body = search(query, size);
        body.putArray("sort").addObject().put(QUOTE_ID, "desc");
        return body;
    }

    /** Term statistics of these words: in how many quotes each is (one request for a claim's words). */
    static ObjectNode termStatistics(Collection<String> words) {
        ObjectNode body = NODES.objectNode();
        body.putObject("doc").put(TEXT, String.join(" ", words));
        body.putArray("fields").add(TEXT);
        body.put("term_statistics", true).put("field_statistics", false).put("positions", false).put("offsets", false).put("payloads", false);
        return body;
    }

    private static ObjectNode term(String word) {
        ObjectNode term = NODES.objectNode();
        term.putObject("term").put(TEXT, word);
        return term;
    }

    /** The words as a phrase, the position {@code hole} left open (-1: none) by the holed analyzer. */
    private static ObjectNode phrase(List<String> words, int hole, int slop) {
        List<String> query = new ArrayList<>(words);
        if (hole >= 0) {
            query.set(hole, HOLE);
        }
        ObjectNode phrase = NODES.objectNode();
        ObjectNode text = phrase.putObject("match_phrase").putObject(TEXT).put("query", String.join(" ", query)).put("slop", slop);
        if (hole >= 0) {
            text.put("analyzer", HOLED);
        }
        return phrase;
    }

    private static ObjectNode matchNone() {
        ObjectNode none = NODES.objectNode();
        none.putObject("match_none");
        return none;
    }
}
