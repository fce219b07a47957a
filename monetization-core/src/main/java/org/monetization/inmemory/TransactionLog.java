package org.monetization.inmemory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.monetization.spi.Transactions;

/**
 * Serialisable transactions for the in-memory store: a transaction holds the store's write lock from
 * start to end and records an undo action for every write; queries hold the read lock. Rolling back runs
 * the undo actions newest first, so the maps return exactly to their state before the transaction.
 */
final class TransactionLog implements Transactions {
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (undo.get() != null) {
      return work.get(); // joins the enclosing transaction
    }
    lock.writeLock().lock();
    Deque<Runnable> log = new ArrayDeque<>();
    undo.set(log);
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      while (!log.isEmpty()) {
        log.pop().run();
      }
      throw e;
    } finally {
      undo.remove();
      lock.writeLock().unlock();
    }
  }

  /** Records how to undo a write; fails when no transaction is open on this thread. */
  void recordUndo(Runnable action) {
    Deque<Runnable> log = undo.get();
    if (log == null) {
      throw new IllegalStateException("in-memory store writes must run inside Transactions.inTransaction");
    }
    log.push(action);
  }

  /** Runs a query under the read lock (re-entrant inside a transaction). */
  <T> T read(Supplier<T> query) {
    lock.readLock().lock();
    try {
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }
}
