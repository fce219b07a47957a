package org.monetization.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceId;
import org.monetization.jpa.internal.SchemaMigration;
import org.monetization.notification.NotificationDelivery;
import org.monetization.rating.BalanceImpact;
import org.monetization.rating.RatedEvent;
import org.monetization.subscription.SubscriptionId;

/**
 * Migrations that convert or extend stored rows, on each test database: the schema is migrated to the version
 * before, rows of that shape are written with SQL, and the store, which migrates to the latest version when it
 * opens, must read them back exactly.
 */
abstract class JpaMigrationBehaviour {
  private static final String SERVICE = "+33600000001";
  private static final Instant START = Instant.parse("2026-03-10T09:00:00.123456Z");
  private static final Instant RATED = Instant.parse("2026-03-10T09:00:01Z");

  abstract TestDatabase database();

  /**
   * V8 moves each event's fields and impacts from their child tables into JSON documents of the event's
   * row: texts with quotes, a backslash, a line break and characters beyond U+FFFF; amounts of every scale
   * (a negative one too) and of 32 digits, which a double would round; impacts in their order; an event
   * with neither fields nor impacts. Afterwards the events are found, listed, adjusted and recognised as
   * stored, as before.
   */
  @Test
  void v8MovesFieldsAndImpactsIntoTheEventRowAndTheyReadBackExactly() throws SQLException {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("zone", "E\"U\\");
    fields.put("note", "two\nlines é 😀");
    RatedEvent full = event("old-1", null, fields, List.of(
        new BalanceImpact(new BalanceId(3), "DATA_MB", new BigDecimal("-100")),
        new BalanceImpact(new BalanceId(7), "EUR", new BigDecimal("0.5100")),
        new BalanceImpact(new BalanceId(9), "BIG", new BigDecimal("-12345678901234567890.123456789012")),
        new BalanceImpact(new BalanceId(10), "KILO", new BigDecimal("-1E+3"))), 2);
    RatedEvent bare = event("old-2", "session-1", Map.of(), List.of(), 0);
    TestDatabase.Schema schema = database().emptySchema();
    JpaStore store = null;
    try {
      try (HikariDataSource pool = pool(schema)) {
        SchemaMigration.migrate(pool, "5");
        try (Connection connection = pool.getConnection()) {
          insertAtVersion5(connection, full);
          insertAtVersion5(connection, bare);
        }
      }

      store = database().open(schema);

      assertThat(store.usageEvents().find("old-1")).contains(full);
      assertThat(store.usageEvents().find("old-2")).contains(bare);
      assertThat(store.usageEvents().ofService(SERVICE, START, null, null, 10)).containsExactly(full, bare);
      assertThat(store.usageEvents().existing(List.of("old-1", "old-2", "new"))).isEqualTo(Set.of("old-1", "old-2"));
      JpaStore opened = store;
      RatedEvent adjusted = store.transactions().inTransaction(
          () -> opened.usageEvents().update(full.withAmount(Money.of(new BigDecimal("1.0100"), "EUR"))));
      assertThat(adjusted.impacts()).isEqualTo(full.impacts());
      assertThat(adjusted.fields()).isEqualTo(full.fields());
      assertThat(store.usageEvents().find("old-1")).contains(adjusted);
      assertThat(database().rows(store, "mon_usage_event")).isEqualTo(2);
    } finally {
      if (store == null) {
        database().dropSchema(schema.name());
      } else {
        database().close(store);
      }
    }
  }

  /**
   * V9 turns the deliveries into an outbox. A row of V5 to V8 was written once, after the single attempt had
   * ended: it reads back with its status, detail and time, one attempt and no lease. A sent one stays sent;
   * a failed one is, as any failure below the maximum of attempts, what the resend job retries.
   */
  @Test
  void v9KeepsEveryStoredDeliveryAsOneEndedAttempt() throws SQLException {
    Instant sentAt = Instant.parse("2026-03-10T09:00:02.654321Z");
    Instant failedAt = Instant.parse("2026-03-10T09:00:03Z");
    TestDatabase.Schema schema = database().emptySchema();
    JpaStore store = null;
    try {
      try (HikariDataSource pool = pool(schema)) {
        SchemaMigration.migrate(pool, "8");
        try (Connection connection = pool.getConnection()) {
          boolean mariaDb = isMariaDb(connection);
          try (PreparedStatement row = connection.prepareStatement("INSERT INTO mon_notification (id, group_id,"
              + " notification_type, resource, threshold_kind, threshold_value, threshold_value_scale, level_amount,"
              + " level_scale, value_amount, value_scale, channels, occurred_at)"
              + " VALUES (41, 12, 'EXHAUSTED', 'DATA_MB', 'AMOUNT', 0, 0, 0, 0, 0, 0, '[\"sms\",\"webhook\"]', ?)")) {
            setInstant(row, 1, START, mariaDb);
            row.executeUpdate();
          }
          try (PreparedStatement delivery = connection.prepareStatement("INSERT INTO mon_notification_delivery"
              + " (notification_id, channel, status, detail, delivered_at) VALUES (41, ?, ?, ?, ?)")) {
            delivery.setString(1, "webhook");
            delivery.setString(2, "SENT");
            delivery.setString(3, null);
            setInstant(delivery, 4, sentAt, mariaDb);
            delivery.executeUpdate();
            delivery.setString(1, "sms");
            delivery.setString(2, "FAILED");
            delivery.setString(3, "IllegalStateException: gateway down");
            setInstant(delivery, 4, failedAt, mariaDb);
            delivery.executeUpdate();
          }
        }
      }

      store = database().open(schema);

      NotificationDelivery failed = new NotificationDelivery(41, "sms", NotificationDelivery.Status.FAILED, 1,
          "IllegalStateException: gateway down", failedAt, null, null);
      assertThat(store.notifications().deliveries(41)).containsExactly(failed,
          new NotificationDelivery(41, "webhook", NotificationDelivery.Status.SENT, 1, null, sentAt, null, null));
      Instant later = failedAt.plusSeconds(3600);
      assertThat(store.notifications().redeliverable(later, later, 5, 10)).containsExactly(failed);
      assertThat(store.notifications().redeliverable(later, later, 1, 10)).isEmpty();
      JpaStore opened = store;
      NotificationDelivery claimed = failed.claimed(later, later.plusSeconds(300));
      assertThat(store.transactions().inTransaction(() -> opened.notifications().claim(failed, claimed))).isTrue();
      assertThat(store.notifications().deliveries(41)).startsWith(claimed);
    } finally {
      if (store == null) {
        database().dropSchema(schema.name());
      } else {
        database().close(store);
      }
    }
  }

  private static boolean isMariaDb(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("mariadb");
  }

  private static RatedEvent event(String id, @Nullable String session, Map<String, String> fields,
      List<BalanceImpact> impacts, long version) {
    return new RatedEvent(id, SERVICE, "DATA", session, new SubscriptionId(11), new BalanceGroupId(12), START, RATED,
        new BigDecimal("150.5"), new BigDecimal("151"), fields, impacts, Money.of(new BigDecimal("0.5100"), "EUR"),
        Money.of(new BigDecimal("0.5100"), "EUR"), version);
  }

  private HikariDataSource pool(TestDatabase.Schema schema) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("migration");
    config.setJdbcUrl(schema.url());
    config.setUsername(database().user());
    config.setPassword(database().password());
    config.setMaximumPoolSize(3); // Flyway holds two
    return new HikariDataSource(config);
  }

  /** Writes the event as V4 to V7 stored it: its row, a row per field, a row per impact. */
  private static void insertAtVersion5(Connection connection, RatedEvent event) throws SQLException {
    boolean mariaDb = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("mariadb");
    try (PreparedStatement row = connection.prepareStatement("INSERT INTO mon_usage_event (id, version,"
        + " service_identifier, service_type, session_id, subscription_id, group_id, start_time, created_at,"
        + " quantity, quantity_scale, rated_quantity, rated_quantity_scale, charge, charge_currency, amount,"
        + " amount_currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      row.setString(1, event.id());
      row.setLong(2, event.version());
      row.setString(3, event.serviceIdentifier());
      row.setString(4, event.serviceType());
      row.setString(5, event.sessionId());
      row.setLong(6, event.subscriptionId().value());
      row.setLong(7, event.groupId().value());
      setInstant(row, 8, event.startTime(), mariaDb);
      setInstant(row, 9, event.createdAt(), mariaDb);
      row.setBigDecimal(10, column(event.quantity()));
      row.setInt(11, event.quantity().scale());
      row.setBigDecimal(12, column(event.ratedQuantity()));
      row.setInt(13, event.ratedQuantity().scale());
      row.setBigDecimal(14, column(event.charge().getNumber().numberValue(BigDecimal.class)));
      row.setString(15, event.charge().getCurrency().getCurrencyCode());
      row.setBigDecimal(16, column(event.amount().getNumber().numberValue(BigDecimal.class)));
      row.setString(17, event.amount().getCurrency().getCurrencyCode());
      row.executeUpdate();
    }
    try (PreparedStatement field = connection.prepareStatement(
        "INSERT INTO mon_usage_event_field (event_id, field_name, field_value) VALUES (?, ?, ?)")) {
      for (Map.Entry<String, String> entry : event.fields().entrySet()) {
        field.setString(1, event.id());
        field.setString(2, entry.getKey());
        field.setString(3, entry.getValue());
        field.executeUpdate();
      }
    }
    try (PreparedStatement impact = connection.prepareStatement("INSERT INTO mon_usage_event_impact (event_id,"
        + " position, balance_id, resource, amount, amount_scale) VALUES (?, ?, ?, ?, ?, ?)")) {
      // Written from the last to the first: the position, not the insertion order, is the order.
      for (int position = event.impacts().size() - 1; position >= 0; position--) {
        BalanceImpact part = event.impacts().get(position);
        impact.setString(1, event.id());
        impact.setInt(2, position);
        impact.setLong(3, part.balanceId().value());
        impact.setString(4, part.resource());
        impact.setBigDecimal(5, column(part.amount()));
        impact.setInt(6, part.amount().scale());
        impact.executeUpdate();
      }
    }
  }

  /**
   * Binds an instant as Hibernate does with {@code hibernate.jdbc.time_zone=UTC}: MariaDB's DATETIME holds
   * the UTC wall clock, the other databases' TIMESTAMP WITH TIME ZONE the instant.
   */
  private static void setInstant(PreparedStatement statement, int index, Instant instant, boolean mariaDb)
      throws SQLException {
    if (mariaDb) {
      statement.setTimestamp(index, Timestamp.from(instant), Calendar.getInstance(TimeZone.getTimeZone("UTC")));
    } else {
      statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
  }

  /** Returns the number as a DECIMAL(38, 12) column holds it. */
  private static BigDecimal column(BigDecimal number) {
    return number.setScale(12);
  }
}
