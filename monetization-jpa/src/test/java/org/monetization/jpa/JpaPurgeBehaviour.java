package org.monetization.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monetization.testing.RatingTestBed.data;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceAdjustment;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.GroupBalances;
import org.monetization.config.AttributeTarget;
import org.monetization.config.AttributeType;
import org.monetization.config.AttributeValue;
import org.monetization.config.CustomAttributeDefinition;
import org.monetization.customer.CustomerId;
import org.monetization.notification.CreditProfile;
import org.monetization.notification.Threshold;
import org.monetization.onboarding.OnboardingResult;
import org.monetization.rating.RatedEvent;
import org.monetization.rating.RatingResult;
import org.monetization.rating.RatingStatus;
import org.monetization.rating.UsageEvent;
import org.monetization.sharing.JoinRequest;
import org.monetization.sharing.NewSharingGroup;
import org.monetization.sharing.SharingGroup;
import org.monetization.sharing.SharingPolicy;
import org.monetization.sharing.SharingPriority;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.ServiceChange;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionId;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RecordingChannel;

/**
 * The purge of a closed account (CUS-8) through the SDK on the JPA store: it deletes the account's rows from
 * every table of the schema, child tables included, and no row of another account. The tables are listed
 * from the database's catalog, so a table added by a later migration is checked too (and fails the test
 * until the account below writes to it). Runs on each test database.
 */
abstract class JpaPurgeBehaviour extends JpaStoreBehaviour {
  private static final Duration RETENTION = Duration.ofDays(30);

  /**
   * Tables that hold no account's data (configuration, catalog, Flyway's history) and the promotion
   * redemptions, which the purge keeps on purpose: a code's limit counts every use.
   */
  private static final Set<String> KEPT = Set.of("mon_schema_history", "mon_customer_type",
      "mon_attribute_definition", "mon_attribute_allowed_value", "mon_catalog", "mon_resource",
      "mon_promotion_redemption");

  @Test
  void thePurgeDeletesEveryRowOfTheClosedAccountInEveryTableAndNoRowOfAnother() {
    JpaStore store = open();
    RecordingChannel channel = new RecordingChannel("ops");
    RatingTestBed bed = new RatingTestBed(
        builder -> builder.store(store).closedAccountRetention(RETENTION).notificationChannel(channel));
    bed.sdk.configuration().defineAttribute(
        CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, "segment", AttributeType.STRING));
    SharingPolicy policy = SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB")
        .withCap("DATA_MB", new BigDecimal("600"));
    OnboardingResult staying = subscriber(bed, "Staying", "+33611000001");
    bed.sdk.sharing().create(NewSharingGroup.of(staying.subscription().id(), "Friends", policy));
    List<String> tables = tables(store);
    Map<String, List<String>> before = snapshot(store, tables);

    OnboardingResult leaving = subscriber(bed, "Leaving", "+33611000002");
    SharingGroup family = bed.sdk.sharing().create(NewSharingGroup.of(leaving.subscription().id(), "Family", policy));
    bed.sdk.sharing().join(JoinRequest.of(family.id(), staying.subscription().id()));
    Map<String, List<String>> populated = snapshot(store, tables);
    CustomerId leavingId = leaving.customer().id();
    bed.sdk.customers().close(leavingId);
    bed.clock.advance(RETENTION.plusDays(1));

    assertThat(bed.sdk.customers().purgeClosedAccounts().purged()).containsExactly(leavingId);

    Map<String, List<String>> after = snapshot(store, tables);
    for (String table : tables) {
      if (KEPT.contains(table.toLowerCase(Locale.ROOT))) {
        assertThat(after.get(table)).as("%s is not the purge's", table).isEqualTo(populated.get(table));
      } else {
        assertThat(populated.get(table)).as("the closed account wrote to %s", table)
            .containsAll(before.get(table)).hasSizeGreaterThan(before.get(table).size());
        assertThat(after.get(table)).as("%s holds the other account's rows, and no row of the purged one", table)
            .isEqualTo(before.get(table));
      }
    }
    assertThat(bed.sdk.sharing().membership(staying.subscription().id()))
        .as("the member of the purged owner's group is free").isEmpty();
    // The purged line's identifier can be provisioned again, and its event ids are unknown.
    bed.sdk.onboarding().submit(MobileOperator.subscriber("Newcomer", "+33611000002", List.of()));
    UsageEvent again = UsageEvent.builder("Leaving-1", "+33611000002", "DATA").startTime(bed.clock.instant())
        .quantity(BigDecimal.ONE).field("startTime", bed.clock.instant().toString()).field("zone", "EU").build();
    assertThat(bed.sdk.rating().rate(again).status()).isEqualTo(RatingStatus.RATED);
  }

  /**
   * A member's draws on another customer's group are counted in that owner's balances, keyed by the member's
   * subscription: the purge of the member's account deletes exactly those counter rows, in one versioned
   * save of the owner's balances, and leaves the owner's own counters and the other member's.
   */
  @Test
  void thePurgeDeletesTheCountersOfWhatTheClosedAccountDrewFromAnotherCustomersGroup() {
    JpaStore store = open();
    RatingTestBed bed = new RatingTestBed(builder -> builder.store(store).closedAccountRetention(RETENTION));
    OnboardingResult owner = bed.sdk.onboarding().submit(MobileOperator.subscriber("Owner", "+33611000004", List.of()));
    BalanceGroupId ownerGroup = owner.balanceGroup().id();
    bed.credit(ownerGroup, "DATA_MB", "1000");
    SharingGroup friends = bed.sdk.sharing().create(NewSharingGroup.of(owner.subscription().id(), "Friends",
        SharingPolicy.of(SharingPriority.SHARED_FIRST, "DATA_MB")));
    OnboardingResult leaving =
        bed.sdk.onboarding().submit(MobileOperator.subscriber("Leaving", "+33611000005", List.of()));
    OnboardingResult other = bed.sdk.onboarding().submit(MobileOperator.subscriber("Other", "+33611000006", List.of()));
    bed.sdk.sharing().join(JoinRequest.of(friends.id(), leaving.subscription().id()));
    bed.sdk.sharing().join(JoinRequest.of(friends.id(), other.subscription().id()));
    assertThat(bed.sdk.rating().rateAll(List.of(data("leaving-1", "+33611000005", "30"),
            data("other-1", "+33611000006", "20"), data("owner-1", "+33611000004", "10"))))
        .extracting(RatingResult::status).containsOnly(RatingStatus.RATED);
    String counters = "select counter_key from mon_usage_counter where group_id = " + ownerGroup.value();
    String leavingDrew = "sharing/" + friends.id().value() + "/" + leaving.subscription().id().value() + "/DATA_MB";
    String otherDrew = "sharing/" + friends.id().value() + "/" + other.subscription().id().value() + "/DATA_MB";
    assertThat(database().query(store, counters))
        .containsExactlyInAnyOrder("+33611000004/DATA", leavingDrew, otherDrew);
    GroupBalances before = store.balances().load(ownerGroup);
    bed.sdk.customers().close(leaving.customer().id());
    bed.clock.advance(RETENTION.plusDays(1));

    assertThat(bed.sdk.customers().purgeClosedAccounts().purged()).containsExactly(leaving.customer().id());

    assertThat(database().query(store, counters)).containsExactlyInAnyOrder("+33611000004/DATA", otherDrew);
    assertThat(store.balances().load(ownerGroup)).isEqualTo(new GroupBalances(ownerGroup, before.balances(),
        before.counters().stream().filter(c -> !c.key().equals(leavingDrew)).toList(), before.version() + 1));
  }

  /**
   * The repositories' deletes run in the database at once, past the transaction's persistence context: what
   * the transaction had loaded before is gone for the rest of it too (not flushed back, not found again),
   * and the same ids can be stored again in it.
   */
  @Test
  void whatTheDeletesRemovedIsGoneForTheRestOfTheirTransactionAndCanBeStoredAgain() {
    JpaStore store = open();
    RatingTestBed bed = new RatingTestBed(builder -> builder.store(store));
    String line = "+33611000003";
    OnboardingResult onboarded = bed.sdk.onboarding().submit(MobileOperator.subscriber("Leaving", line, List.of()));
    CustomerId customer = onboarded.customer().id();
    SubscriptionId subscription = onboarded.subscription().id();
    BalanceGroupId group = onboarded.balanceGroup().id();
    bed.credit(group, "DATA_MB", "1000");
    RatedEvent event = bed.sdk.rating().rate(data("cdr-1", line, "10")).event();
    SharingGroup family = bed.sdk.sharing().create(NewSharingGroup.of(subscription, "Family",
        SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB")));
    ProvisionedService service = store.services().find(line).orElseThrow();

    GroupBalances stored = store.transactions().inTransaction(() -> {
      // Each read or write below leaves managed entities in the transaction.
      GroupBalances saved = store.balances().save(store.balances().load(group));
      Subscription current = store.subscriptions().find(subscription).orElseThrow();
      store.subscriptions().update(current);
      assertThat(store.services().find(line)).isPresent();
      assertThat(store.usageEvents().find(event.id())).isPresent();
      assertThat(store.sharingGroups().find(family.id())).isPresent();

      assertThat(store.sharingGroups().delete(family.id())).isTrue();
      assertThat(store.usageEvents().deleteOfService(line, subscription)).isEqualTo(1);
      assertThat(store.balances().delete(group)).isTrue();
      assertThat(store.services().deleteOfSubscription(subscription)).isEqualTo(1);
      assertThat(store.subscriptions().deleteOfCustomer(customer)).isEqualTo(1);

      assertThat(store.sharingGroups().find(family.id())).isEmpty();
      assertThat(store.usageEvents().find(event.id())).isEmpty();
      assertThat(store.balances().load(group)).isEqualTo(GroupBalances.empty(group));
      assertThat(store.services().find(line)).isEmpty();
      assertThat(store.subscriptions().find(subscription)).isEmpty();
      store.services().insert(service.withVersion(0));
      store.usageEvents().insertAll(List.of(event));
      return store.balances().save(saved.withVersion(0));
    });

    assertThat(stored.version()).isEqualTo(1);
    assertThat(store.balances().load(group)).isEqualTo(stored);
    assertThat(store.services().find(line)).contains(service);
    assertThat(store.usageEvents().find(event.id())).contains(event);
    assertThat(store.subscriptions().find(subscription)).isEmpty();
    assertThat(database().rows(store, "mon_subscription_product")).isZero();
    assertThat(database().rows(store, "mon_sharing_resource")).isZero();
  }

  /**
   * Onboards a subscriber with a coupon, a contact, a tax id and a custom attribute, a device and an event
   * generator on the line, a data credit with a ledger entry, and a credit profile whose threshold the
   * three events it rates cross (a notification and its delivery, sent through "ops").
   */
  private static OnboardingResult subscriber(RatingTestBed bed, String lastName, String line) {
    OnboardingResult onboarded =
        bed.sdk.onboarding().submit(MobileOperator.subscriber(lastName, line, List.of("WELCOME5")));
    CustomerId id = onboarded.customer().id();
    bed.sdk.customers().addContact(id, CustomerFixtures.contact("Billing"));
    bed.sdk.customers().addTaxId(id, "FR40303265045");
    bed.sdk.customers().editAccountInfo(id, "RESIDENTIAL", Map.of("segment", AttributeValue.text("gold")));
    bed.sdk.services().edit(line, new ServiceChange(null, null, List.of("IMEI-" + lastName), List.of("MSC-PARIS-1")));
    BalanceGroupId group = onboarded.balanceGroup().id();
    Balance credit = bed.credit(group, "DATA_MB", "1000");
    bed.sdk.balances().adjust(new BalanceAdjustment(group, credit.id(), new BigDecimal("-5"), "Goodwill", false));
    bed.sdk.notifications().defineCreditProfile(new CreditProfile(group,
        List.of(Threshold.percentOf("DATA_MB", new BigDecimal("20.5"), new BigDecimal("1000"))), List.of("ops")));
    List<RatingResult> rated = bed.sdk.rating().rateAll(List.of(data(lastName + "-1", line, "500"),
        data(lastName + "-2", line, "300"), data(lastName + "-3", line, "10")));
    assertThat(rated).extracting(RatingResult::status).containsOnly(RatingStatus.RATED);
    return onboarded;
  }

  /**
   * Returns the names of the schema's tables that start with {@code mon_}, as the catalog spells them (H2
   * upper-cases the names of the migrations' tables, not Flyway's quoted {@code mon_schema_history}).
   */
  private List<String> tables(JpaStore store) {
    String schema = database() instanceof TestDatabase.MariaDb ? "database()" : "current_schema";
    List<String> tables = database().query(store, "select table_name from information_schema.tables"
            + " where table_schema = " + schema + " and table_type = 'BASE TABLE'").stream()
        .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("mon_"))
        .sorted()
        .toList();
    assertThat(tables).as("the schema's tables").extracting(name -> name.toLowerCase(Locale.ROOT))
        .contains("mon_customer", "mon_usage_event", "mon_notification_delivery", "mon_schema_history");
    return tables;
  }

  /** Returns every row of every table, by table. */
  private Map<String, List<String>> snapshot(JpaStore store, List<String> tables) {
    Map<String, List<String>> rows = new TreeMap<>();
    for (String table : tables) {
      rows.put(table, database().table(store, table));
    }
    return rows;
  }
}
