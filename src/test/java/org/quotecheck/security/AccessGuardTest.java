package org.quotecheck.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

class AccessGuardTest {

    @Test
    void shouldRefuseToStartWhenProductionHasNoWayIn() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> AccessGuard.requireWayIn(LaunchMode.NORMAL, false, () -> false));
        assertEquals(AccessGuard.NO_WAY_IN, e.getMessage());
    }

    @Test
    void shouldStartWhenABootstrapKeyOrAStoredAdminKeyExists() {
        assertDoesNotThrow(() -> AccessGuard.requireWayIn(LaunchMode.NORMAL, true, () -> false));
        assertDoesNotThrow(() -> AccessGuard.requireWayIn(LaunchMode.NORMAL, false, () -> true));
    }

    @Test
    void shouldNotAskTheDatabaseWhenNotInProduction() {
        assertDoesNotThrow(() -> AccessGuard.requireWayIn(LaunchMode.DEVELOPMENT, false, () -> {
            throw new AssertionError("not consulted");
        }));
    }
}
