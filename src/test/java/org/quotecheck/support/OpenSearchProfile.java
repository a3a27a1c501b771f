package org.quotecheck.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/** The service with the {@code opensearch} search backend, on the tests' OpenSearch ({@link OpenSearchTestCluster}). */
public class OpenSearchProfile implements QuarkusTestProfile {

    /** Points the service at the cluster, with an index of its own (the database starts empty, and so must the index). */
    public static class Cluster implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            return Map.of("quotecheck.search.opensearch.url", OpenSearchTestCluster.url(),
                    "quotecheck.search.opensearch.index", OpenSearchTestCluster.uniqueIndex("quotes"));
        }

        @Override
        public void stop() {
            // the cluster serves the whole run
        }
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Cluster.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quotecheck.search.backend", "opensearch", "quotecheck.search.opensearch.replicas", "0");
    }
}
