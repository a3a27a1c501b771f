package org.quotecheck.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.quotecheck.verify.engine.CandidateSearch;

/**
 * The quotes' index in the cluster: created with the analyzers and mappings of
 * {@link OpenSearchQueries#index}, written with the bulk API. Document id = quote id, external
 * version = change number: a replayed batch finds every document at its version already and
 * changes nothing (OpenSearch answers 409 for each, which is success here).
 */
public final class OpenSearchIndex implements IndexWrites {

    private final OpenSearchClient client;
    private final String name;

    public OpenSearchIndex(OpenSearchClient client, String name) {
        this.client = client;
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Creates the index unless it exists. */
    public void createIfMissing(int shards, int replicas) {
        if (!exists()) {
            create(shards, replicas, null);
        }
    }

    /** Whether an index (or an alias) of this name is in the cluster. */
    public boolean exists() {
        return client.get(name).status() == 200;
    }

    /**
     * Creates the index with the current settings and mappings, and with {@code alias} on it when
     * not null (in the same request, so that the alias never names an index without mappings).
     * False when an index of this name exists already.
     */
    public boolean create(int shards, int replicas, String alias) {
        OpenSearchClient.Answer created = client.put(name, OpenSearchQueries.index(shards, replicas, alias));
        if (created.status() == 400 && created.body().path("error").path("type").asText().equals("resource_already_exists_exception")) {
            return false;
        }
        if (!created.ok()) {
            throw new CreationRefused("creating the search index " + name + " was refused (" + created.status() + "): " + created.body());
        }
        return true;
    }

    /** The cluster will not create the index (settings it refuses, too many shards, a name taken by an alias): trying again changes nothing. */
    public static final class CreationRefused extends IllegalStateException {
        CreationRefused(String message) {
            super(message);
        }
    }

    /** Makes what was written searchable now (otherwise within the refresh interval, a second). */
    public void refresh() {
        client.post(name + "/_refresh", OpenSearchClient.json().createObjectNode());
    }

    public void delete() {
        client.delete(name);
    }

    @Override
    public void write(List<CandidateSearch.Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder bulk = new StringBuilder(entries.size() * 200);
        for (CandidateSearch.Entry e : entries) {
            String action = e.active() ? "index" : "delete";
            bulk.append("{\"").append(action).append("\":{\"_index\":").append(quoted(name)).append(",\"_id\":\"").append(e.quoteId())
                    .append("\",\"version\":").append(e.changeSeq()).append(",\"version_type\":\"external\"}}\n");
            if (e.active()) {
                bulk.append(json(OpenSearchQueries.document(e.quoteId(), e.speakerId(), e.normalizedText()))).append('\n');
            }
        }
        OpenSearchClient.Answer answer = client.bulk("_bulk", bulk.toString());
        if (!answer.ok()) {
            throw new IllegalStateException("bulk write refused (" + answer.status() + "): " + answer.body());
        }
        if (answer.body().path("errors").asBoolean(false)) {
            for (JsonNode item : answer.body().path("items")) {
                JsonNode result = item.elements().next();
                int status = result.path("status").asInt();
                // 409: the document is at this version or a newer one already (a replay); 404: a delete of one never written
                if (status >= 300 && status != 409 && status != 404) {
                    throw new IllegalStateException("bulk write of quote " + result.path("_id").asText() + " failed (" + status + "): " + result.path("error"));
                }
            }
        }
    }

    private static String quoted(String text) {
        return json(OpenSearchClient.json().getNodeFactory().textNode(text));
    }

    private static String json(JsonNode node) {
        try {
            return OpenSearchClient.json().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
