package org.monetization.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monetization.testing.RatingTestBed.data;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceAdjustment;
import org.monetization.balance.GroupBalances;
import org.monetization.balance.UsageCounter;
import org.monetization.config.PaymentType;
import org.monetization.notification.CreditProfile;
import org.monetization.notification.Threshold;
import org.monetization.rating.RatingStatus;
import org.monetization.rating.UsageEvent;
import org.monetization.sharing.JoinRequest;
import org.monetization.sharing.NewSharingGroup;
import org.monetization.sharing.SharingGroup;
import org.monetization.sharing.SharingPolicy;
import org.monetization.sharing.SharingPriority;
import org.monetization.spi.Store;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;
import org.monetization.testing.RecordingChannel;

/**
 * CUS-8: purging a closed account deletes everything the store holds of it, not only the customer, and
 * nothing of another customer; a purge that fails half way deletes nothing.
 */
class PurgeDataTest {
  private static final Duration RETENTION = Duration.ofDays(30);

  private final RecordingChannel ops = new RecordingChannel("ops");
  private final RatingTestBed bed =
      new RatingTestBed(builder -> builder.closedAccountRetention(RETENTION).notificationChannel(ops));
  private final Store store = bed.sdk.store();
  private Line leaving;
  private Line staying;
  private SharingGroup family;
  private SharingGroup solo;

  /**
   * Two customers with everything a customer can have: a line with rated usage, balances, a ledger entry,
   * a credit profile with a notification, and sharing: the staying customer owns a group the leaving one
   * has joined, the leaving one owns a group of its own.
   */
  @BeforeEach
  void twoCustomersWithTheirData() {
    leaving = bed.onboard("Leaving", "+33611111111", PaymentType.POSTPAID);
    staying = bed.onboard("Staying", "+33622222222", PaymentType.POSTPAID);
    Line third = bed.onboard("Third", "+33633333333", PaymentType.POSTPAID);
    for (Line line : List.of(leaving, staying)) {
      Balance data = bed.credit(line.groupId(), "DATA_MB", "1000");
      bed.sdk.balances().adjust(new BalanceAdjustment(line.groupId(), data.id(), new BigDecimal("-10"), "Goodwill",
          false));
      bed.sdk.notifications().defineCreditProfile(new CreditProfile(line.groupId(),
          List.of(Threshold.percentOf("DATA_MB", new BigDecimal("50"), new BigDecimal("1000"))), List.of("ops")));
    }
    SharingPolicy policy = SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB");
    family = bed.sdk.sharing().create(NewSharingGroup.of(staying.subscriptionId(), "Family", policy));
    family = bed.sdk.sharing().join(JoinRequest.of(family.id(), leaving.subscriptionId()));
    solo = bed.sdk.sharing().create(NewSharingGroup.of(leaving.subscriptionId(), "Solo", policy));
    solo = bed.sdk.sharing().join(JoinRequest.of(solo.id(), third.subscriptionId()));
    assertThat(bed.sdk.rating().rateAll(List.of(
            data("leaving-1", leaving.identifier(), "600"), data("leaving-2", leaving.identifier(), "10"),
            data("staying-1", staying.identifier(), "700"))))
        .allMatch(result -> result.status() == RatingStatus.RATED);
    assertThat(bed.sdk.notifications().notifications(leaving.groupId())).isNotEmpty();
    assertThat(store.adjustments().ofGroup(leaving.groupId())).isNotEmpty();
  }

  private CustomerId leavingId() {
    return leaving.onboarded().customer().id();
  }

  private void closeAndWait() {
    bed.sdk.customers().close(leavingId());
    bed.clock.advance(RETENTION.plusDays(1));
  }

  /** Everything the store holds of a line's customer, as the store returns it. */
  private List<Object> everything(Line line) {
    CustomerId customer = line.onboarded().customer().id();
    return List.of(
        store.customers().find(customer),
        store.billingProfiles().ofCustomer(customer),
        store.balanceGroups().ofCustomer(customer),
        store.subscriptions().ofCustomer(customer),
        store.services().ofSubscription(line.subscriptionId()),
        store.services().find(line.identifier()),
        bed.events(line),
        store.balances().load(line.groupId()),
        store.adjustments().ofGroup(line.groupId()),
        store.creditProfiles().find(line.groupId()),
        store.notifications().ofGroup(line.groupId()),
        store.notifications().ofGroup(line.groupId()).stream()
            .map(n -> store.notifications().deliveries(n.id())).toList(),
        store.sharingGroups().ofOwner(customer),
        store.sharingGroups().ofMember(line.subscriptionId()));
  }

  @Test
  void thePurgeDeletesEveryPartOfTheAccountAndNothingOfAnother() {
    List<Object> stayingBefore = everything(staying);
    closeAndWait();

    assertThat(bed.sdk.customers().purgeClosedAccounts().purged()).containsExactly(leavingId());

    CustomerId id = leavingId();
    assertThat(store.customers().find(id)).isEmpty();
    assertThat(store.billingProfiles().ofCustomer(id)).isEmpty();
    assertThat(store.balanceGroups().ofCustomer(id)).isEmpty();
    assertThat(store.balanceGroups().find(leaving.groupId())).isEmpty();
    assertThat(store.subscriptions().ofCustomer(id)).isEmpty();
    assertThat(store.services().find(leaving.identifier())).isEmpty();
    assertThat(store.usageEvents().existing(List.of("leaving-1", "leaving-2", "staying-1")))
        .containsExactly("staying-1");
    assertThat(bed.events(leaving)).isEmpty();
    assertThat(store.balances().load(leaving.groupId()).balances()).isEmpty();
    assertThat(store.adjustments().ofGroup(leaving.groupId())).isEmpty();
    assertThat(store.creditProfiles().find(leaving.groupId())).isEmpty();
    assertThat(store.notifications().ofGroup(leaving.groupId())).isEmpty();
    assertThat(store.sharingGroups().find(solo.id())).as("the group it owned").isEmpty();
    assertThat(store.sharingGroups().ofOwner(id)).isEmpty();
    assertThat(store.sharingGroups().find(family.id()).orElseThrow().members())
        .as("the group it had joined, without it").isEmpty();
    List<Object> stayingAfter = everything(staying);
    assertThat(stayingAfter.subList(0, 12)).isEqualTo(stayingBefore.subList(0, 12));
    assertThat(stayingAfter.get(12)).as("the group it owns, which the leaving customer had joined")
        .isEqualTo(List.of(family.withoutMember(leaving.subscriptionId()).withVersion(family.version() + 1)));
  }

  @Test
  void thePurgeRemovesWhatTheAccountDrewFromAnotherCustomersGroupFromThatOwnersBalancesAndNothingElse() {
    Line other = bed.onboard("Other", "+33644444444", PaymentType.POSTPAID);
    bed.sdk.sharing().join(JoinRequest.of(family.id(), other.subscriptionId()));
    // The leaving line's own data (1,000 MB and 10 of goodwill, 610 used) covers 400 MB of these 500; the
    // owner's the rest.
    assertThat(bed.sdk.rating().rateAll(List.of(data("leaving-3", leaving.identifier(), "500"),
            data("other-1", other.identifier(), "50"))))
        .allMatch(result -> result.status() == RatingStatus.RATED);
    GroupBalances owner = store.balances().load(staying.groupId());
    String leavingDrew = "sharing/" + family.id().value() + "/" + leaving.subscriptionId().value() + "/DATA_MB";
    String otherDrew = "sharing/" + family.id().value() + "/" + other.subscriptionId().value() + "/DATA_MB";
    assertThat(owner.counters()).extracting(UsageCounter::key).contains(leavingDrew, otherDrew);
    assertThat(owner.counters()).filteredOn(c -> c.key().equals(leavingDrew)).extracting(UsageCounter::quantity)
        .containsExactly(new BigDecimal("100"));
    closeAndWait();

    assertThat(bed.sdk.customers().purgeClosedAccounts().purged()).containsExactly(leavingId());

    GroupBalances after = store.balances().load(staying.groupId());
    assertThat(after.counters()).as("the owner's own and the other member's counters stay")
        .isEqualTo(owner.counters().stream().filter(c -> !c.key().equals(leavingDrew)).toList())
        .extracting(UsageCounter::key).contains(otherDrew, staying.identifier() + "/DATA");
    assertThat(after.balances()).as("what was drawn stays drawn").isEqualTo(owner.balances());
    assertThat(after.version()).as("one versioned save").isEqualTo(owner.version() + 1);
  }

  @Test
  void afterThePurgeTheLineItsEventIdsAndItsSharingCanBeUsedAgain() {
    closeAndWait();
    bed.sdk.customers().purgeClosedAccounts();

    Line again = bed.onboard("Newcomer", leaving.identifier(), PaymentType.POSTPAID);
    bed.credit(again.groupId(), "DATA_MB", "100");

    UsageEvent replayedId = UsageEvent.builder("leaving-1", again.identifier(), "DATA")
        .startTime(bed.clock.instant())
        .quantity(BigDecimal.TEN)
        .field("startTime", bed.clock.instant().toString())
        .field("zone", "EU")
        .build();

    assertThat(bed.sdk.rating().rateAll(List.of(replayedId))).singleElement()
        .satisfies(result -> assertThat(result.status()).as(result.toString()).isEqualTo(RatingStatus.RATED));
    assertThat(store.usageEvents().find("leaving-1").orElseThrow().subscriptionId())
        .isEqualTo(again.subscriptionId());
    assertThat(bed.sdk.sharing().join(JoinRequest.of(family.id(), again.subscriptionId())).members())
        .as("a subscription can join the group the purged one had joined").hasSize(1);
  }
}
