package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FlushModeType;
import org.hibernate.MappingException;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * A database sequence that hands out the ids of one kind of aggregate, read with the dialect's next-value
 * statement. A sequence is never rolled back, so an id is never handed out twice, and ids grow. Ids must
 * come from the sequence: an id inserted by hand does not move it. Thread-safe.
 */
public final class IdSequence {
  private final String name;
  private final String nextValueSql;

  private IdSequence(String name, String nextValueSql) {
    this.name = name;
    this.nextValueSql = nextValueSql;
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
      return new IdSequence(name, dialect.getSequenceSupport().getSequenceNextValString(name));
    } catch (MappingException e) {
      throw new IllegalArgumentException("the JPA store needs a database with sequences: " + dialect, e);
    }
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

  @Override
  public String toString() {
    return "IdSequence[" + name + "]";
  }
}
