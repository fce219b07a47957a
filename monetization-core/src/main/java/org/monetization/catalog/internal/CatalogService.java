package org.monetization.catalog.internal;

import java.io.Reader;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.monetization.catalog.Catalog;
import org.monetization.catalog.CatalogEvent;
import org.monetization.catalog.CatalogProblem;
import org.monetization.catalog.ProductCatalog;
import org.monetization.catalog.PublishedCatalog;
import org.monetization.error.FieldError;
import org.monetization.error.ValidationException;
import org.monetization.internal.CommandRunner;
import org.monetization.spi.Store;

/** {@link Catalog} over a {@link Store}. */
public final class CatalogService implements Catalog {
  private final Store store;
  private final CommandRunner runner;
  private final Clock clock;

  /**
   * Creates the service.
   *
   * @param store where catalog versions live
   * @param runner runs commands in transactions and publishes their events
   * @param clock the source of publication times
   */
  public CatalogService(Store store, CommandRunner runner, Clock clock) {
    this.store = store;
    this.runner = runner;
    this.clock = clock;
  }

  @Override
  public PublishedCatalog publish(ProductCatalog catalog) {
    List<CatalogProblem> problems = catalog.validate();
    if (!problems.isEmpty()) {
      throw new ValidationException(
          problems.stream().map(p -> new FieldError(p.path(), p.message())).toList());
    }
    return runner.run(
        events -> {
          int next = store.catalog().current().map(c -> c.version() + 1).orElse(1);
          Instant now = clock.instant();
          PublishedCatalog published = new PublishedCatalog(next, now, catalog);
          store.catalog().insert(published); // a concurrent publisher of the same version loses: DUPLICATE
          events.add(new CatalogEvent.Published(next, now));
          return published;
        });
  }

  @Override
  public PublishedCatalog importJson(Reader json) {
    return publish(ProductCatalog.fromJson(json));
  }

  @Override
  public void exportJson(Writer out) {
    current().map(PublishedCatalog::catalog).orElse(ProductCatalog.empty()).toJson(out);
  }

  @Override
  public Optional<PublishedCatalog> current() {
    return store.catalog().current();
  }
}
