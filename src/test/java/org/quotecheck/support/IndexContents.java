package org.quotecheck.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.quotecheck.search.OpenSearchClient;

/** What the quote table holds and what a search index holds, side by side, for the indexer's tests. */
public final class IndexContents {

    private IndexContents() {
    }

    /** Every quote the table holds (not retracted), by id, with its change number. */
    public static Map<Long, Long> activeQuotes(Connection c) throws SQLException {
        Map<Long, Long> quotes = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select id, change_seq from quote where status <> 'retracted'"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                quotes.put(rs.getLong("id"), rs.getLong("change_seq"));
            }
        }
        return quotes;
    }

    /** The documents of an index (or of the index an alias names), by quote id, with their versions; at most 10,000. */
    public static Map<Long, Long> indexed(OpenSearchClient client, String name) {
        client.post(name + "/_refresh", OpenSearchClient.json().createObjectNode());
        ObjectNode search = OpenSearchClient.json().createObjectNode().put("size", 10_000).put("version", true).put("_source", false);
        search.putObject("query").putObject("match_all");
        Map<Long, Long> documents = new HashMap<>();
        for (JsonNode hit : client.post(name + "/_search", search).body().path("hits").path("hits")) {
            documents.put(hit.path("_id").asLong(), hit.path("_version").asLong());
        }
        return documents;
    }
}
