package org.quotecheck.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void shouldCallTheDatabaseUnavailableWhenAConnectionErrorIsACause() {
        assertTrue(ProblemMapper.isDatabaseUnavailable(new RuntimeException(new SQLException("gone", "08006"))));
        assertTrue(ProblemMapper.isDatabaseUnavailable(new RuntimeException(new SQLTransientConnectionException("pool timed out"))));
        assertTrue(ProblemMapper.isDatabaseUnavailable(new SQLException("terminating connection due to administrator command", "57P01")));
    }

    @Test
    void shouldCallTheDatabaseUnavailableWhenACommitFailsBecauseTheServerWentAway() {
        // as Narayana reports it: the connection error is suppressed, not the cause
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(ProblemMapper.isDatabaseUnavailable(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void shouldNotCallTheDatabaseUnavailableForOtherDatabaseErrors() {
        RollbackException rollback = new RollbackException("Could not commit transaction.");
        rollback.addSuppressed(new SQLException("duplicate key value violates unique constraint", "23505"));
        assertFalse(ProblemMapper.isDatabaseUnavailable(new RuntimeException(rollback)));
        assertFalse(ProblemMapper.isDatabaseUnavailable(new IllegalStateException("no database involved")));
    }
}
