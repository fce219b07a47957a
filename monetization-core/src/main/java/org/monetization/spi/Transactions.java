package org.monetization.spi;

import java.util.function.Supplier;

/**
 * The transaction boundary of a {@link Store}. Work passed to {@link #inTransaction} commits as a whole
 * when it returns, and leaves no trace when it throws: every repository write made inside is rolled back,
 * and the exception propagates unchanged (storage failures are translated into
 * {@link org.monetization.error.MonetizationException}s). A call made while a transaction is open on the
 * same thread joins it.
 */
public interface Transactions {

  /**
   * Runs the work in a transaction.
   *
   * @param work reads and writes through the store's repositories
   * @param <T> the result type
   * @return what the work returned, once committed
   * @throws org.monetization.error.ConflictException with reason {@code CONCURRENT_UPDATE} if another
   *     transaction changed an aggregate this one updated (optimistic locking); the work may be retried
   */
  <T> T inTransaction(Supplier<T> work);
}
