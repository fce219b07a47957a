package org.monetization.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.RollbackException;
import java.sql.SQLException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.hibernate.exception.DataException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.monetization.error.ConflictException;
import org.monetization.error.MonetizationException;
import org.monetization.error.NotFoundException;

class StorageFailuresTest {
  private static final String SECRET = "DE89370400440532013000";

  @Test
  void lostRacesBecomeConcurrentUpdateConflicts() {
    assertConcurrentUpdate(new OptimisticLockException("row was updated"));
    assertConcurrentUpdate(new StaleObjectStateException("Customer", 7L));
    assertConcurrentUpdate(new PessimisticLockException("locked"));
    assertConcurrentUpdate(new LockTimeoutException("timeout"));
    assertConcurrentUpdate(new RollbackException("commit failed", new OptimisticLockException("stale")));
    assertConcurrentUpdate(
        new GenericJDBCException("deadlock", new SQLException("deadlock detected", "40P01")));
    assertConcurrentUpdate(
        new GenericJDBCException("serialization", new SQLException("could not serialize", "40001")));
  }

  @Test
  void takenUniqueKeysBecomeDuplicateConflictsThatDoNotCarryTheDriverMessage() {
    RuntimeException unique = new RollbackException("commit failed", new ConstraintViolationException(
        "insert failed", new SQLException("duplicate row (" + SECRET + ")", "23505"), ConstraintKind.UNIQUE,
        "mon_customer_pk"));

    RuntimeException translated = StorageFailures.translate(unique);

    assertThat(translated).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    assertThat(translated).hasMessageContaining("mon_customer_pk").hasNoCause();
    assertThat(translated.getMessage()).doesNotContain(SECRET);
  }

  @Test
  void aDuplicateKeyIsRecognisedByItsSqlStateOrMariaDbCodeWhenHibernateDoesNotClassifyIt() {
    assertDuplicate(new GenericJDBCException("x", new SQLException("dup", "23505")));
    assertDuplicate(new GenericJDBCException("x", new SQLException("Duplicate entry", "23000", 1062)));
  }

  @Test
  void otherDataFailuresBecomeStorageFailuresWithoutTheirCause() {
    RuntimeException tooLong = new DataException(
        "insert failed", new SQLException("Value too long: '" + SECRET + "'", "22001"));
    RuntimeException notNull = new ConstraintViolationException(
        "insert failed", new SQLException("null in " + SECRET, "23502"), ConstraintKind.NOT_NULL, "x");

    for (RuntimeException failure : new RuntimeException[] {tooLong, notNull}) {
      RuntimeException translated = StorageFailures.translate(failure);
      assertThat(translated).isExactlyInstanceOf(MonetizationException.class).hasNoCause();
      assertThat(translated.getMessage()).startsWith("storage failure").doesNotContain(SECRET);
    }
    assertThat(StorageFailures.translate(tooLong)).hasMessageContaining("DataException").hasMessageContaining("22001");
  }

  @Test
  void otherStorageFailuresBecomeStorageFailuresThatKeepTheirCause() {
    RuntimeException connection =
        new JDBCConnectionException("cannot connect", new SQLException("refused", "08001"));
    RuntimeException plain = new PersistenceException("no transaction");

    assertThat(StorageFailures.translate(connection))
        .isExactlyInstanceOf(MonetizationException.class)
        .hasCause(connection)
        .hasMessageContaining("JDBCConnectionException");
    assertThat(StorageFailures.translate(plain)).isExactlyInstanceOf(MonetizationException.class).hasCause(plain);
  }

  @Test
  void failuresThatDoNotComeFromStorageAreLeftAlone() {
    RuntimeException own = new IllegalStateException("boom half way");
    RuntimeException core = new NotFoundException("customer 7 does not exist");

    assertThat(StorageFailures.translate(own)).isSameAs(own);
    assertThat(StorageFailures.translate(core)).isSameAs(core);
  }

  private static void assertConcurrentUpdate(RuntimeException failure) {
    assertThat(StorageFailures.translate(failure))
        .as("%s", failure)
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.CONCURRENT_UPDATE));
  }

  private static void assertDuplicate(RuntimeException failure) {
    assertThat(StorageFailures.translate(failure))
        .as("%s", failure)
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
  }
}
