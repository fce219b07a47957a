package org.monetization.jpa.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.monetization.error.MonetizationException;

/**
 * The databases the schema supports, each with the values of the migrations' placeholders: the type of an
 * instant column, the type of a text of any length, the options of a new table, the type of a text key
 * that {@code ORDER BY} sorts by code point (as {@link String#compareTo} does, outside surrogate pairs), and
 * {@code mon_postgresql_only}, which is empty on PostgreSQL and starts an SQL comment elsewhere, so that a
 * line it prefixes runs on PostgreSQL alone (V3's covering indexes), {@code mon_h2_only}, the same for
 * H2 (V11's covering indexes), and the JSON functions with which V8 converts rows into documents.
 */
enum Database {
  // H2 compares text with String.compareTo unless a collation is set.
  H2("TIMESTAMP(6) WITH TIME ZONE", "CLOB", "", "VARCHAR(255)", Json.STANDARD),
  // The "C" collation sorts by code point, whatever collation the database was created with.
  POSTGRESQL("TIMESTAMP(6) WITH TIME ZONE", "TEXT", "", "VARCHAR(255) COLLATE \"C\"", Json.POSTGRESQL),
  // DATETIME, not TIMESTAMP: MariaDB's TIMESTAMP ends in 2038 and may update itself on every row change.
  // LONGTEXT: TEXT holds 64 KB only. The tables' binary collation already sorts by code point.
  MARIADB(
      "DATETIME(6)",
      "LONGTEXT",
      "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin",
      "VARCHAR(255)",
      Json.MARIADB);

  /**
   * The JSON functions V8 builds documents with: constructor of an object, aggregates into an object and
   * into an array, and what separates a key from its value in their arguments.
   */
  private enum Json {
    // SQL:2016 (H2): JSON_OBJECT('key' VALUE v), no comma form.
    STANDARD("JSON_OBJECT", "JSON_OBJECTAGG", "JSON_ARRAYAGG", "VALUE"),
    // PostgreSQL 15 has no SQL/JSON constructors yet (they came with 16).
    POSTGRESQL("json_build_object", "json_object_agg", "json_agg", ","),
    MARIADB("JSON_OBJECT", "JSON_OBJECTAGG", "JSON_ARRAYAGG", ",");

    final String object;
    final String objectAggregate;
    final String arrayAggregate;
    final String valueSeparator;

    Json(String object, String objectAggregate, String arrayAggregate, String valueSeparator) {
      this.object = object;
      this.objectAggregate = objectAggregate;
      this.arrayAggregate = arrayAggregate;
      this.valueSeparator = valueSeparator;
    }
  }

  private final String timestampType;
  private final String textType;
  private final String tableOptions;
  private final String orderedKeyType;
  private final Json json;

  Database(String timestampType, String textType, String tableOptions, String orderedKeyType, Json json) {
    this.timestampType = timestampType;
    this.textType = textType;
    this.tableOptions = tableOptions;
    this.orderedKeyType = orderedKeyType;
    this.json = json;
  }

  /** Returns the values of the migrations' placeholders on this database. */
  Map<String, String> placeholders() {
    return Map.of(
        "mon_timestamp", timestampType,
        "mon_text", textType,
        "mon_table_options", tableOptions,
        "mon_ordered_key", orderedKeyType,
        "mon_postgresql_only", this == POSTGRESQL ? "" : "-- ",
        "mon_h2_only", this == H2 ? "" : "-- ",
        "mon_json_object", json.object,
        "mon_json_objectagg", json.objectAggregate,
        "mon_json_arrayagg", json.arrayAggregate,
        "mon_json_value", json.valueSeparator);
  }

  /**
   * Returns the database behind the data source.
   *
   * @throws IllegalArgumentException if it is none of the supported databases
   * @throws MonetizationException if no connection can be opened
   */
  static Database of(DataSource dataSource) {
    String product;
    try (Connection connection = dataSource.getConnection()) {
      product = connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new MonetizationException("cannot connect to the database: " + e.getSQLState(), e);
    }
    String name = product.toLowerCase(Locale.ROOT);
    if (name.contains("h2")) {
      return H2;
    }
    if (name.contains("postgres")) {
      return POSTGRESQL;
    }
    if (name.contains("mariadb")) {
      return MARIADB;
    }
    throw new IllegalArgumentException(
        "the JPA store supports H2, PostgreSQL and MariaDB, not " + product);
  }
}
