package org.quotecheck.app;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quotecheck.support.Fixtures.api;
import static org.quotecheck.support.Fixtures.createQuote;
import static org.quotecheck.support.Fixtures.uniqueWord;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With the read replica switched on (here: the same database, reached through the read-only
 * datasource), searches and verifications read through it while writes stay on the primary.
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.WithReplica.class)
class ReadReplicaTest {

    public static class WithReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.ro.active", "true");
        }
    }

    @Inject
    AgroalDataSource primary;

    @Test
    void shouldReadThroughTheReplicaWhenItIsSwitchedOn() throws Exception {
        String word = uniqueWord();
        String id = createQuote("Replicas serve the reading " + word, "Speaker " + uniqueWord());
        api().queryParam("q", "replicas serve the reading " + word).get("/v1/quotes").then().statusCode(200).body("data.id", hasItem(id));
        api().contentType(ContentType.JSON).body(Map.of("text", "Replicas serve the reading " + word)).post("/v1/verify").then()
                .statusCode(200).body("verdict", equalTo("VERIFIED")).body("match.id", equalTo(id));
        try (Connection c = primary.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where application_name = 'quotecheck-ro'")) {
            rs.next();
            assertTrue(rs.getInt(1) > 0, "the read-only datasource holds connections");
        }
    }
}
