package org.monetization.jpa.internal;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import org.hibernate.NonUniqueObjectException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.hibernate.exception.LockAcquisitionException;
import org.hibernate.exception.SnapshotIsolationException;
import org.hibernate.exception.TransactionSerializationException;
import org.monetization.error.ConflictException;
import org.monetization.error.MonetizationException;

/**
 * Translates what JPA, Hibernate and the JDBC driver throw into core's exceptions, so that no
 * {@link PersistenceException} leaves the store. The messages name the kind of failure, its SQL state and
 * the violated constraint, never a value. A failure about the data itself (a constraint violation, a value
 * that does not fit its column) is not even kept as the cause: drivers quote the offending values in their
 * messages (H2 quotes the whole row of a duplicate key, IBAN and card token included), and a host that logs
 * the exception with its causes would log them.
 */
final class StorageFailures {
  /** SQLSTATE class 40: transaction rollback (serialization failure, deadlock). */
  private static final String TRANSACTION_ROLLBACK_CLASS = "40";
  /** SQLSTATE class 22: data exception (value too long, out of range, invalid format). */
  private static final String DATA_CLASS = "22";
  /** SQLSTATE class 23: integrity constraint violation. */
  private static final String CONSTRAINT_CLASS = "23";
  /** SQLSTATE of a unique key violation in the SQL standard, H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";
  /** MariaDB and MySQL error code of a duplicate key. */
  private static final int MARIADB_DUPLICATE_KEY = 1062;

  private StorageFailures() {}

  /**
   * Returns the exception to throw instead of the given one: core's exceptions and failures that do not
   * come from storage unchanged, lost races as {@code ConflictException(CONCURRENT_UPDATE)}, taken unique
   * keys as {@code ConflictException(DUPLICATE)}, and any other storage failure as a
   * {@link MonetizationException} that carries it as its cause.
   */
  static RuntimeException translate(RuntimeException failure) {
    if (failure instanceof MonetizationException || !fromStorage(failure)) {
      return failure;
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (isLostRace(cause)) {
        return new ConflictException(
            ConflictException.Reason.CONCURRENT_UPDATE,
            "a concurrent transaction changed the same data first (" + cause.getClass().getSimpleName() + ")",
            failure);
      }
      if (isDuplicate(cause)) {
        return new ConflictException(
            ConflictException.Reason.DUPLICATE, "a unique key is already taken: " + describe(failure));
      }
    }
    String message = "storage failure: " + describe(failure);
    return quotesData(failure) ? new MonetizationException(message) : new MonetizationException(message, failure);
  }

  private static boolean quotesData(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException
          || cause instanceof DataException
          || (cause instanceof SQLException sql
              && sql.getSQLState() != null
              && (sql.getSQLState().startsWith(DATA_CLASS) || sql.getSQLState().startsWith(CONSTRAINT_CLASS)))) {
        return true;
      }
    }
    return false;
  }

  /** Names the most specific persistence exception in the chain and the SQL state, without messages. */
  private static String describe(Throwable failure) {
    String kind = failure.getClass().getSimpleName();
    String sqlState = null;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof PersistenceException) {
        kind = cause.getClass().getSimpleName();
      }
      if (sqlState == null && cause instanceof SQLException sql) {
        sqlState = sql.getSQLState();
      }
    }
    return kind + (sqlState == null ? "" : " (SQL state " + sqlState + ")") + constraintOf(failure);
  }

  private static boolean fromStorage(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof PersistenceException || cause instanceof SQLException) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLostRace(Throwable cause) {
    return cause instanceof OptimisticLockException
        || cause instanceof StaleStateException
        || cause instanceof PessimisticLockException
        || cause instanceof LockTimeoutException
        || cause instanceof org.hibernate.PessimisticLockException
        || cause instanceof LockAcquisitionException
        || cause instanceof org.hibernate.exception.LockTimeoutException
        || cause instanceof TransactionSerializationException
        || cause instanceof SnapshotIsolationException
        || (cause instanceof SQLException sql
            && sql.getSQLState() != null
            && sql.getSQLState().startsWith(TRANSACTION_ROLLBACK_CLASS));
  }

  private static boolean isDuplicate(Throwable cause) {
    if (cause instanceof ConstraintViolationException violation) {
      return violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE;
    }
    return cause instanceof EntityExistsException
        || cause instanceof NonUniqueObjectException
        || (cause instanceof SQLException sql
            && (UNIQUE_VIOLATION.equals(sql.getSQLState()) || sql.getErrorCode() == MARIADB_DUPLICATE_KEY));
  }

  private static String constraintOf(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null) {
        return " (constraint " + violation.getConstraintName() + ")";
      }
    }
    return "";
  }
}
