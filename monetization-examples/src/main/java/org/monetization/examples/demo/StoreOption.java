package org.monetization.examples.demo;

import java.util.Arrays;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.monetization.inmemory.InMemoryStore;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The stores the demo can run on, as named by {@code --store}. A storage adapter joins the demo by adding
 * a constant here with the name users type and how to open a fresh store.
 */
enum StoreOption {
  /** The embedded default store: everything in memory, gone when the demo ends. */
  MEMORY("memory", h2File -> OpenStore.inMemory(InMemoryStore.create(), "everything in memory")),

  /**
   * The JPA store over H2: an in-memory database dropped at the end, or with {@code --h2-file} a database
   * file left for inspection.
   */
  JPA_H2("jpa-h2", H2Database::open);

  private final String optionName;
  private final Function<@Nullable Path, OpenStore> opener;

  StoreOption(String optionName, Function<@Nullable Path, OpenStore> opener) {
    this.optionName = optionName;
    this.opener = opener;
  }

  /** Returns the name users pass to {@code --store}. */
  String optionName() {
    return optionName;
  }

  /**
   * Opens a new, empty store of this kind.
   *
   * @param h2File the H2 database file for {@link #JPA_H2} (see {@link H2Database#file}); null for an
   *     in-memory database, and always null for the other stores
   * @return the store, to be closed when the demo ends
   * @throws IllegalArgumentException if the H2 database file already exists
   */
  OpenStore open(@Nullable Path h2File) {
    return opener.apply(h2File);
  }

  /**
   * Returns the store option with the given name.
   *
   * @param name what the user passed to {@code --store}
   * @return the option
   * @throws IllegalArgumentException if no store has that name; the message lists the valid names
   */
  static StoreOption named(String name) {
    return Arrays.stream(values())
        .filter(option -> option.optionName.equals(name))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("unknown store '" + name + "'; supported: " + names()));
  }

  private static String names() {
    return Arrays.stream(values()).map(StoreOption::optionName).collect(Collectors.joining(", "));
  }

  /** Reads {@code --store} values for picocli, turning an unknown name into a usage error. */
  static final class Converter implements ITypeConverter<StoreOption> {
    @Override
    public StoreOption convert(String value) {
      try {
        return named(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** Lists the valid {@code --store} names for the help text. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(StoreOption::optionName).iterator();
    }
  }
}
