package org.monetization.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.hibernate.Session;

/**
 * A set-based delete of the purge of a closed account (CUS-8): one JPQL {@code delete ... where} per table,
 * run in the database at once, instead of loading every entity to remove it. Such a delete bypasses the
 * persistence context, so {@link #execute} keeps the context in line with what the database holds.
 */
final class BulkDelete {
  private BulkDelete() {}

  /**
   * Runs a JPQL bulk delete in the thread's transaction. The transaction's pending writes are flushed first,
   * so that the delete also removes rows this transaction persisted and had not sent yet, and a failure of
   * those writes keeps its meaning. Then the instances of the entity that the transaction holds and the
   * delete removed are detached: left managed, a later {@code find} of the transaction would still return
   * them, a new entity with the same id would be refused as a duplicate, and a change made to one would be
   * flushed back to a row that no longer exists.
   *
   * @param entityManager the transaction's entity manager
   * @param delete the {@code delete} statement, its parameters bound
   * @param type the entity whose rows it deletes
   * @param deleted whether the statement deleted the row of a managed instance (which, flushed, holds what
   *     its row held)
   * @return the number of rows deleted
   */
  static <E> int execute(EntityManager entityManager, Query delete, Class<E> type, Predicate<? super E> deleted) {
    entityManager.flush();
    int rows = delete.executeUpdate();
    Session session = entityManager.unwrap(Session.class);
    // Hibernate 7.4's getManagedEntities throws a NullPointerException in a session that never held an entity.
    if (session.getStatistics().getEntityCount() > 0) {
      for (E managed : List.copyOf(session.getManagedEntities(type))) {
        if (deleted.test(managed)) {
          entityManager.detach(managed);
        }
      }
    }
    return rows;
  }

  /**
   * Deletes the rows of an entity whose numeric attribute has a value, {@code delete from Entity e where
   * e.attribute = :value}, as {@link #execute} does.
   *
   * @param entityManager the transaction's entity manager
   * @param type the entity, named in JPQL by its class's simple name
   * @param attribute the attribute's path from the entity, e.g. {@code customerId} or {@code key.groupId}
   * @param value the value of the rows to delete
   * @param read the attribute of a managed instance, to detach those the delete removed
   * @return the number of rows deleted
   */
  static <E> int where(
      EntityManager entityManager, Class<E> type, String attribute, long value, ToLongFunction<? super E> read) {
    Query delete = entityManager
        .createQuery("delete from " + type.getSimpleName() + " e where e." + attribute + " = :value")
        .setParameter("value", value);
    return execute(entityManager, delete, type, managed -> read.applyAsLong(managed) == value);
  }
}
