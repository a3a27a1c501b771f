package org.quotecheck.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** A test profile with a database of its own ({@link ThrowawayDatabase}) and no demo data. */
public class OwnDatabaseProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ThrowawayDatabase.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quotecheck.seed.demo-data", "false");
    }
}
