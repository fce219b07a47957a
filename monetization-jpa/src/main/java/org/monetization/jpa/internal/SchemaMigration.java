package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.jspecify.annotations.Nullable;
import org.monetization.error.MonetizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades the store's tables with the Flyway migrations in {@code db/monetization}. The
 * migrations keep their own history table, {@code mon_schema_history}, and live outside Flyway's default
 * {@code db/migration} location, so that a host application's own Flyway setup neither runs nor trips over
 * them, and they can share the host's schema.
 */
public final class SchemaMigration {
  /** Where the migration scripts are on the class path. */
  static final String LOCATION = "classpath:db/monetization";
  /** The table in which Flyway records the applied migrations. */
  static final String HISTORY_TABLE = "mon_schema_history";

  private static final Logger log = LoggerFactory.getLogger(SchemaMigration.class);

  private SchemaMigration() {}

  /**
   * Applies the migrations that the database behind the data source has not seen yet; does nothing when
   * the schema is up to date. Safe to call on every start, and from several processes at once (Flyway
   * locks its history table).
   *
   * @param dataSource connections to the schema that holds, or will hold, the store's tables
   * @throws IllegalArgumentException if the database is not H2, PostgreSQL or MariaDB
   * @throws MonetizationException if a migration fails, or the schema holds a newer version than this
   *     library knows
   */
  public static void migrate(DataSource dataSource) {
    migrate(dataSource, null);
  }

  /**
   * Applies the migrations up to and including a version, as {@link #migrate(DataSource)} does: what a
   * test of a later migration starts from, with rows of the older shape written into it.
   *
   * @param dataSource connections to the schema
   * @param targetVersion the last version to apply, e.g. {@code "5"}; null for the latest
   */
  public static void migrate(DataSource dataSource, @Nullable String targetVersion) {
    requireNonNull(dataSource, "dataSource");
    Database database = Database.of(dataSource);
    FluentConfiguration configuration =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(LOCATION)
            .table(HISTORY_TABLE)
            .placeholders(database.placeholders())
            // A host's schema already holds its own tables: start our history there instead of refusing.
            .baselineOnMigrate(true)
            .baselineVersion("0");
    if (targetVersion != null) {
      configuration.target(targetVersion);
    }
    Flyway flyway = configuration.load();
    try {
      MigrateResult result = flyway.migrate();
      log.info(
          "monetization schema on {} at version {} ({} migrations applied)",
          database,
          result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
          result.migrationsExecuted);
    } catch (FlywayException e) {
      throw new MonetizationException("migrating the monetization schema failed: " + e.getMessage(), e);
    }
  }
}
