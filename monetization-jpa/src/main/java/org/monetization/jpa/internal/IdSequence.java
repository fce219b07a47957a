package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.MappingException;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * A database sequence that hands out the ids of one kind of aggregate, read with the dialect's next-value
 * statement. A sequence is never rolled back, so an id is never handed out twice, and ids grow. Ids must
 * come from the sequence: an id inserted by hand does not move it. Thread-safe.
 */
public final class IdSequence {
  private final String name;
  private final String nextValueSql;
  private final String nextValuesSql;

  private IdSequence(String name, String nextValueSql, String nextValuesSql) {
    this.name = name;
    this.nextValueSql = nextValueSql;
    this.nextValuesSql = nextValuesSql;
  }

  /**
   * Returns the sequence of the given name on the factory's database.
   *
   * @param entityManagerFactory a Hibernate ORM factory
   * @param name the sequence, as created by the migrations
   * @return the sequence
   * @throws IllegalArgumentException if the factory is not Hibernate's, or its database has no sequences
   */
  public static IdSequence of(EntityManagerFactory entityManagerFactory, String name) {
    requireNonNull(entityManagerFactory, "entityManagerFactory");
    requireNonNull(name, "name");
    SessionFactoryImplementor sessionFactory;
    try {
      sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
    } catch (jakarta.persistence.PersistenceException e) {
      throw new IllegalArgumentException("the JPA store needs Hibernate ORM as persistence provider", e);
    }
    return of(sessionFactory.getJdbcServices().getDialect(), name);
  }

  /**
   * Returns the sequence of the given name in a dialect.
   *
   * @param dialect the database's Hibernate dialect
   * @param name the sequence
   * @return the sequence
   * @throws IllegalArgumentException if the database has no sequences
   */
  static IdSequence of(Dialect dialect, String name) {
    try {
      String nextValue = dialect.getSequenceSupport().getSelectSequenceNextValString(name);
      return new IdSequence(
          name, dialect.getSequenceSupport().getSequenceNextValString(name), nextValues(dialect, nextValue));
    } catch (MappingException e) {
      throw new IllegalArgumentException("the JPA store needs a database with sequences: " + dialect, e);
    }
  }

  /**
   * Returns a statement that reads the sequence once per row of a row source of {@code ?1} rows: one round
   * trip for many values. H2 and PostgreSQL have a row generator; elsewhere a recursive common table
   * expression makes the rows. (On H2 such an expression locks the schema until the transaction ends,
   * which would serialise concurrent batches.)
   */
  private static String nextValues(Dialect dialect, String nextValue) {
    if (dialect instanceof H2Dialect) {
      return "select " + nextValue + " from system_range(1, ?1)";
    }
    if (dialect instanceof PostgreSQLDialect) {
      return "select " + nextValue + " from generate_series(1, ?1)";
    }
    return "with recursive wanted(n) as (select 1 union all select n + 1 from wanted where n < ?1) select "
        + nextValue
        + " from wanted";
  }

  /** Returns the sequence's next value, in the calling thread's transaction or a short one of its own. */
  long next(JpaTransactions transactions) {
    return transactions.read(
        entityManager -> {
          Number next =
              (Number)
                  entityManager
                      .createNativeQuery(nextValueSql)
                      // Reading the sequence must not flush the transaction's pending (batched) inserts.
                      .setFlushMode(FlushModeType.COMMIT)
                      .getSingleResult();
          return next.longValue();
        });
  }

  /**
   * Returns the sequence's next {@code count} values in increasing order, read in one statement, in the
   * calling thread's transaction or a short one of its own.
   */
  List<Long> next(JpaTransactions transactions, int count) {
    if (count == 1) {
      return List.of(next(transactions));
    }
    return transactions.read(
        entityManager -> {
          List<?> rows =
              entityManager
                  .createNativeQuery(nextValuesSql)
                  .setParameter(1, count)
                  .setFlushMode(FlushModeType.COMMIT)
                  .getResultList();
          List<Long> values = new ArrayList<>(rows.size());
          for (Object row : rows) {
            values.add(((Number) row).longValue());
          }
          if (values.size() != count) {
            throw new IllegalStateException(name + " gave " + values.size() + " values instead of " + count);
          }
          // Each value is larger than every value handed out before the statement; rows come in no
          // guaranteed order, the caller wants them increasing.
          Collections.sort(values);
          return values;
        });
  }

  @Override
  public String toString() {
    return "IdSequence[" + name + "]";
  }
}
