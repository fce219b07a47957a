package org.monetization.inmemory;

import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.monetization.error.ConflictException;

/**
 * One table of the in-memory store: rows by key in key order, every write undoable by the store's
 * transaction log, reads under its lock. Versioned rows get optimistic-lock checks on update.
 */
final class Table<K extends Comparable<K>, V> {
  private final TransactionLog transactions;
  private final String name;
  private final NavigableMap<K, V> rows = new TreeMap<>();

  Table(TransactionLog transactions, String name) {
    this.transactions = transactions;
    this.name = name;
  }

  Optional<V> find(K key) {
    return transactions.read(() -> Optional.ofNullable(rows.get(key)));
  }

  List<V> select(Predicate<? super V> filter) {
    return transactions.read(() -> rows.values().stream().filter(filter).toList());
  }

  Optional<V> last() {
    return transactions.read(() -> Optional.ofNullable(rows.lastEntry()).map(e -> e.getValue()));
  }

  /** Adds a row; {@code DUPLICATE} if the key is taken. */
  void insert(K key, V value) {
    if (rows.containsKey(key)) {
      throw new ConflictException(ConflictException.Reason.DUPLICATE, name + " " + key + " already exists");
    }
    transactions.recordUndo(() -> rows.remove(key));
    rows.put(key, value);
  }

  /** Adds or replaces an unversioned row. */
  void put(K key, V value) {
    V current = rows.get(key);
    transactions.recordUndo(current == null ? () -> rows.remove(key) : () -> rows.put(key, current));
    rows.put(key, value);
  }

  /** Removes a row, if present; returns whether it was. */
  boolean delete(K key) {
    V current = rows.get(key);
    if (current == null) {
      return false;
    }
    transactions.recordUndo(() -> rows.put(key, current));
    rows.remove(key);
    return true;
  }

  /** Removes every row that matches; returns how many did. */
  int deleteWhere(Predicate<? super V> filter) {
    List<K> keys = rows.entrySet().stream().filter(e -> filter.test(e.getValue())).map(e -> e.getKey()).toList();
    keys.forEach(this::delete);
    return keys.size();
  }

  /**
   * Replaces a versioned row if its stored version is the one the new value was read at; returns the
   * stored value at the next version.
   */
  V update(K key, V value, ToLongFunction<V> version, BiFunction<V, Long, V> withVersion) {
    V current = rows.get(key);
    if (current == null || version.applyAsLong(current) != version.applyAsLong(value)) {
      throw new ConflictException(
          ConflictException.Reason.CONCURRENT_UPDATE, name + " " + key + " was changed or deleted concurrently");
    }
    V stored = withVersion.apply(value, version.applyAsLong(current) + 1);
    transactions.recordUndo(() -> rows.put(key, current));
    rows.put(key, stored);
    return stored;
  }

  /**
   * Stores a versioned row whether or not it exists, provided its stored version (0 when absent) is the
   * one the new value was read at; returns the stored value at the next version.
   */
  V save(K key, V value, ToLongFunction<V> version, BiFunction<V, Long, V> withVersion) {
    V current = rows.get(key);
    long stored = current == null ? 0 : version.applyAsLong(current);
    if (stored != version.applyAsLong(value)) {
      throw new ConflictException(
          ConflictException.Reason.CONCURRENT_UPDATE, name + " " + key + " was changed concurrently");
    }
    V saved = withVersion.apply(value, stored + 1);
    transactions.recordUndo(current == null ? () -> rows.remove(key) : () -> rows.put(key, current));
    rows.put(key, saved);
    return saved;
  }
}
