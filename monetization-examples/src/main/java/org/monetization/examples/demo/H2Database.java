package org.monetization.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;
import org.monetization.jpa.JpaStore;

/**
 * The H2 database behind the {@code jpa-h2} store: the in-memory database {@value #IN_MEMORY_URL}, or a
 * database file that outlives the demo so that a user can open it afterwards with H2's own tools.
 */
final class H2Database {
  /** The in-memory database; {@code DB_CLOSE_DELAY=-1} keeps it while the pool has no open connection. */
  static final String IN_MEMORY_URL = "jdbc:h2:mem:demo;DB_CLOSE_DELAY=-1";

  /** The suffix H2 adds to the path of a database file. */
  static final String FILE_SUFFIX = ".mv.db";

  private static final String USER = "sa";
  private static final String PASSWORD = "";

  private H2Database() {}

  /**
   * Returns the file H2 will write for a {@code --h2-file} path: the path with {@value #FILE_SUFFIX},
   * absolute.
   *
   * @param path the path the user gave, with or without the suffix
   * @return the database file
   */
  static Path file(Path path) {
    String name = path.toAbsolutePath().normalize().toString();
    return Path.of(name.endsWith(FILE_SUFFIX) ? name : name + FILE_SUFFIX);
  }

  /**
   * Connects a JPA store to a new H2 database, in memory or in a file, and migrates its schema.
   *
   * @param file the database file (see {@link #file(Path)}) that must not exist yet; null for in memory
   * @return the store, which drops an in-memory database when closed and leaves a file database in place
   * @throws IllegalArgumentException if the file already exists, so that a run never mixes its data with
   *     an earlier run's
   */
  static OpenStore open(@Nullable Path file) {
    if (file == null) {
      JpaStore store = JpaStore.connect(IN_MEMORY_URL, USER, PASSWORD);
      return new OpenStore(store, "JPA over the H2 database " + IN_MEMORY_URL, () -> {
        store.close();
        shutDown(IN_MEMORY_URL);
      });
    }
    if (Files.exists(file)) {
      throw new IllegalArgumentException(
          "the H2 database file " + file + " already exists; remove it or choose another --h2-file");
    }
    try {
      Files.createDirectories(file.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the directory of " + file, e);
    }
    String path = file.toString();
    String url = "jdbc:h2:file:" + path.substring(0, path.length() - FILE_SUFFIX.length());
    JpaStore store = JpaStore.connect(url, USER, PASSWORD);
    return new OpenStore(store, "JPA over the H2 database " + url + ", kept in " + file, store);
  }

  /** Closes an in-memory database, which discards its content, so the next run starts empty. */
  private static void shutDown(String url) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }
}
