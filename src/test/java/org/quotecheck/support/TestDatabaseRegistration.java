package org.quotecheck.support;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link TestDatabase} for every @QuarkusTest in the module. */
@QuarkusTestResource(TestDatabase.class)
public class TestDatabaseRegistration {
}
