package org.monetization.examples.demo;

import static java.util.Objects.requireNonNull;

import org.monetization.spi.Store;

/**
 * A store the demo opened for one run: the store itself, a description printed in the demo's first line,
 * and what to release when the run ends. Closing it releases the store, whether the run succeeded or not.
 */
final class OpenStore implements AutoCloseable {
  private final Store store;
  private final String description;
  private final AutoCloseable release;

  OpenStore(Store store, String description, AutoCloseable release) {
    this.store = requireNonNull(store, "store");
    this.description = requireNonNull(description, "description");
    this.release = requireNonNull(release, "release");
  }

  /** Returns a store that holds nothing outside the JVM's memory, so nothing needs releasing. */
  static OpenStore inMemory(Store store, String description) {
    return new OpenStore(store, description, () -> {});
  }

  /** Returns the store the SDK runs on. */
  Store store() {
    return store;
  }

  /** Returns what the store is and where it keeps its data, e.g. "H2 database jdbc:h2:mem:demo". */
  String description() {
    return description;
  }

  /**
   * Releases the store: connections, and an in-memory database's content.
   *
   * @throws Exception if releasing fails
   */
  @Override
  public void close() throws Exception {
    release.close();
  }
}
