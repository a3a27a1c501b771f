package org.quotecheck.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configured index name as the cluster sees it: an alias that searches go through, naming one
 * concrete index {@code <alias>-<n>} at a time, so that a rebuilt index can take the old one's
 * place in one atomic request while searches go on.
 */
final class IndexAlias {

    /** What the configured name names in the cluster. */
    enum Kind {
        /** Nothing: a new cluster, or a name never used. */
        NOTHING,
        /** A concrete index of that very name, made by a version before aliases. */
        INDEX,
        /** An alias, naming {@link Target#index()}. */
        ALIAS
    }

    /** The index that searches through the name reach now (the name itself for {@link Kind#INDEX}; null for {@link Kind#NOTHING}). */
    record Target(Kind kind, String index) {
    }

    private final OpenSearchClient client;
    private final String name;
    private final Pattern generation;

    IndexAlias(OpenSearchClient client, String name) {
        this.client = client;
        this.name = name;
        this.generation = Pattern.compile(Pattern.quote(name) + "-(\\d{1,9})");
    }

    String name() {
        return name;
    }

    Target resolve() {
        OpenSearchClient.Answer aliased = client.get("_alias/" + name);
        List<String> indexes = new ArrayList<>();
        if (aliased.ok()) {
            aliased.body().fieldNames().forEachRemaining(indexes::add);
        }
        if (indexes.size() > 1) {
            throw new IllegalStateException("the search alias " + name + " names " + indexes + "; point it at one index (the _aliases API) and the indexer goes on");
        }
        if (indexes.size() == 1) {
            return new Target(Kind.ALIAS, indexes.get(0));
        }
        if (!aliased.ok() && aliased.status() != 404) {
            throw new IllegalStateException("reading the search alias " + name + " was refused (" + aliased.status() + "): " + aliased.body());
        }
        return new OpenSearchIndex(client, name).exists() ? new Target(Kind.INDEX, name) : new Target(Kind.NOTHING, null);
    }

    /** A name for the next concrete index: one more than the highest generation the cluster holds. */
    String nextIndex() {
        OpenSearchClient.Answer listed = client.get("_cat/indices/" + name + "-*?format=json&h=index&expand_wildcards=all");
        if (!listed.ok()) {
            throw new IllegalStateException("listing the search indexes " + name + "-* was refused (" + listed.status() + "): " + listed.body());
        }
        long highest = 0;
        for (JsonNode row : listed.body()) {
            Matcher m = generation.matcher(row.path("index").asText());
            if (m.matches()) {
                highest = Math.max(highest, Long.parseLong(m.group(1)));
            }
        }
        return name + "-" + (highest + 1);
    }

    /** Creates the first concrete index with the alias on it; returns its name. */
    String createFirst(int shards, int replicas) {
        while (true) {
            String first = nextIndex();
            if (new OpenSearchIndex(client, first).create(shards, replicas, name)) {
                return first;
            }
        }
    }

    /** Moves the alias from one index to another in one request (see {@link OpenSearchQueries#moveAlias}). */
    void move(String from, String to) {
        OpenSearchClient.Answer moved = client.post("_aliases", OpenSearchQueries.moveAlias(name, from, to));
        if (!moved.ok()) {
            throw new IllegalStateException("moving the search alias " + name + " from " + from + " to " + to + " was refused (" + moved.status() + "): " + moved.body());
        }
    }

    /** Deletes a concrete index behind (or once behind) the alias; never the alias's own name. */
    void delete(String index) {
        if (index == null || index.equals(name)) {
            return;
        }
        OpenSearchClient.Answer deleted = client.delete(index);
        if (!deleted.ok() && deleted.status() != 404) {
            throw new IllegalStateException("deleting the search index " + index + " was refused (" + deleted.status() + "): " + deleted.body());
        }
    }
}
