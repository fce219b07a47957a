package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.Session;
import org.monetization.spi.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resource-local transactions bound to the calling thread. {@link #inTransaction} opens an
 * {@link EntityManager} and a transaction, makes them the thread's current ones for the repositories, and
 * commits when the work returns or rolls back when it throws; a nested call joins the open transaction.
 * Thread-safe: each thread has its own entity manager, and no entity manager is shared between threads.
 */
public final class JpaTransactions implements Transactions {
  private static final Logger log = LoggerFactory.getLogger(JpaTransactions.class);

  private final EntityManagerFactory entityManagerFactory;
  private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

  /**
   * Creates the transaction boundary over an entity manager factory.
   *
   * @param entityManagerFactory a resource-local Hibernate factory that maps the store's entities
   */
  public JpaTransactions(EntityManagerFactory entityManagerFactory) {
    this.entityManagerFactory = requireNonNull(entityManagerFactory, "entityManagerFactory");
  }

  /**
   * Runs the work in a transaction, or in the thread's open transaction if there is one.
   *
   * @throws org.monetization.error.ConflictException with reason {@code CONCURRENT_UPDATE} if the commit
   *     lost a race with another transaction, or {@code DUPLICATE} if it took a unique key already taken
   * @throws org.monetization.error.MonetizationException if storage failed otherwise; an exception thrown
   *     by the work itself propagates unchanged, after the rollback
   */
  @Override
  public <T> T inTransaction(Supplier<T> work) {
    requireNonNull(work, "work");
    if (current.get() != null) {
      return work.get();
    }
    EntityManager entityManager = entityManagerFactory.createEntityManager();
    current.set(entityManager);
    EntityTransaction transaction = entityManager.getTransaction();
    try {
      transaction.begin();
      T result = work.get();
      transaction.commit();
      return result;
    } catch (RuntimeException e) {
      rollBack(transaction, e);
      throw StorageFailures.translate(e);
    } catch (Error e) {
      rollBack(transaction, e);
      throw e;
    } finally {
      current.remove();
      entityManager.close();
    }
  }

  /**
   * Runs a write with the thread's transaction.
   *
   * @throws IllegalStateException if no transaction is open on this thread: every write of a command must
   *     commit or roll back with the others
   */
  <T> T write(Function<EntityManager, T> operation) {
    EntityManager entityManager = current.get();
    if (entityManager == null) {
      throw new IllegalStateException("JPA store writes must run inside Transactions.inTransaction");
    }
    try {
      return operation.apply(entityManager);
    } catch (RuntimeException e) {
      throw StorageFailures.translate(e);
    }
  }

  /**
   * Runs a query with the thread's transaction, so it sees that transaction's own writes, or, outside one,
   * in a short read-only transaction of its own that sees committed data.
   */
  <T> T read(Function<EntityManager, T> query) {
    EntityManager joined = current.get();
    if (joined != null) {
      try {
        return query.apply(joined);
      } catch (RuntimeException e) {
        throw StorageFailures.translate(e);
      }
    }
    EntityManager entityManager = entityManagerFactory.createEntityManager();
    EntityTransaction transaction = entityManager.getTransaction();
    try {
      // Loaded entities are mapped to records and dropped: no dirty-checking snapshots are needed.
      entityManager.unwrap(Session.class).setDefaultReadOnly(true);
      transaction.begin();
      T result = query.apply(entityManager);
      transaction.commit();
      return result;
    } catch (RuntimeException e) {
      rollBack(transaction, e);
      throw StorageFailures.translate(e);
    } finally {
      entityManager.close();
    }
  }

  private static void rollBack(EntityTransaction transaction, Throwable failure) {
    try {
      if (transaction.isActive()) {
        transaction.rollback();
      }
    } catch (RuntimeException e) {
      // The original failure is what the caller must see; the rollback failure travels with it.
      log.debug("rollback failed after {}", failure.getClass().getSimpleName(), e);
      failure.addSuppressed(e);
    }
  }
}
