package org.monetization.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.monetization.testing.CatalogFixtures.eur;
import static org.monetization.testing.RatingTestBed.data;
import static org.monetization.testing.RatingTestBed.voice;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceEvent;
import org.monetization.balance.BalanceTotal;
import org.monetization.balance.BalanceValidity;
import org.monetization.balance.NewBalance;
import org.monetization.config.PaymentType;
import org.monetization.error.InsufficientBalanceException;
import org.monetization.notification.CreditProfile;
import org.monetization.notification.Threshold;
import org.monetization.rating.BalanceImpact;
import org.monetization.rating.RatedEvent;
import org.monetization.rating.RatingResult;
import org.monetization.rating.UsageEvent;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RecordingChannel;
import org.monetization.testing.RatingTestBed.Line;
import org.monetization.time.Validity;

/** Members consuming the owner's balances in real time (BAL-8), as the group's policy allows. */
class SharingRatingTest {
  private final RatingTestBed bed = new RatingTestBed();
  private final Sharing sharing = bed.sdk.sharing();
  private final Line owner = bed.onboard("Martin", "+33600000001", PaymentType.POSTPAID);
  private final Line child = bed.onboard("Durand", "+33600000002", PaymentType.POSTPAID);

  private SharingGroup share(SharingPolicy policy, Line... members) {
    SharingGroup group = sharing.create(NewSharingGroup.of(owner.subscriptionId(), "Family", policy));
    for (Line member : members) {
      group = sharing.join(JoinRequest.of(group.id(), member.subscriptionId()));
    }
    bed.listener.clear();
    return group;
  }

  private BigDecimal total(Line line, String resource) {
    return bed.sdk.balances().totals(line.groupId()).stream().filter(t -> t.resource().equals(resource))
        .map(BalanceTotal::amount).findFirst().orElse(BigDecimal.ZERO);
  }

  /** A data session starting at the clock's instant. */
  private UsageEvent dataAt(String id, Line line, String megabytes) {
    Instant at = bed.clock.instant();
    return UsageEvent.builder(id, line.identifier(), "DATA").startTime(at).quantity(new BigDecimal(megabytes))
        .field("startTime", at.toString()).field("zone", "EU").build();
  }

  private RatedEvent rate(String id, Line line, String megabytes) {
    return bed.sdk.rating().rate(data(id, line.identifier(), megabytes)).event();
  }

  @Test
  void membersDrawOnTheOwnersFreeUnits() {
    Balance thousand = bed.credit(owner.groupId(), "DATA_MB", "1000");
    share(SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB"), child);

    RatedEvent event = rate("d-1", child, "300");

    assertThat(event.charge()).isEqualTo(eur("0"));
    assertThat(event.groupId()).isEqualTo(child.groupId());
    assertThat(event.impacts()).containsExactly(new BalanceImpact(thousand.id(), "DATA_MB", new BigDecimal("300")));
    assertThat(total(owner, "DATA_MB")).isEqualByComparingTo("-700");
    assertThat(bed.balances(child)).isEmpty();
  }

  @Test
  void ownFirstUsesTheMembersBalancesBeforeTheSharedOnes() {
    Balance shared = bed.credit(owner.groupId(), "DATA_MB", "1000");
    Balance own = bed.credit(child.groupId(), "DATA_MB", "100");
    share(SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB"), child);

    RatedEvent event = rate("d-1", child, "300");

    assertThat(event.impacts()).containsExactly(new BalanceImpact(own.id(), "DATA_MB", new BigDecimal("100")),
        new BalanceImpact(shared.id(), "DATA_MB", new BigDecimal("200")));
    assertThat(total(child, "DATA_MB")).isEqualByComparingTo("0");
    assertThat(total(owner, "DATA_MB")).isEqualByComparingTo("-800");
  }

  @Test
  void sharedFirstUsesTheOwnersBalancesBeforeTheMembersOwn() {
    Balance shared = bed.credit(owner.groupId(), "DATA_MB", "1000");
    Balance own = bed.credit(child.groupId(), "DATA_MB", "100");
    share(SharingPolicy.of(SharingPriority.SHARED_FIRST, "DATA_MB").withCap("DATA_MB", new BigDecimal("250")), child);

    RatedEvent event = rate("d-1", child, "300");

    assertThat(event.impacts()).containsExactly(new BalanceImpact(shared.id(), "DATA_MB", new BigDecimal("250")),
        new BalanceImpact(own.id(), "DATA_MB", new BigDecimal("50")));
    assertThat(event.charge()).isEqualTo(eur("0"));
  }

  @Test
  void theCapLimitsWhatAMemberDrawsPerCycleOfTheOwnerAndTheRestIsCharged() {
    bed.sdk.balances().create(NewBalance.credit(owner.groupId(), "DATA_MB", new BigDecimal("5000"),
        BalanceValidity.infinite()));
    SharingGroup group = share(SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB")
        .withCap("DATA_MB", new BigDecimal("500")), child);

    RatedEvent first = rate("d-1", child, "400");
    RatedEvent second = rate("d-2", child, "300");

    assertThat(first.charge()).isEqualTo(eur("0"));
    assertThat(second.charge()).isEqualTo(eur("2.00")); // 100 MB shared, 200 MB at 0.01
    assertThat(total(owner, "DATA_MB")).isEqualByComparingTo("-4500");
    assertThat(total(child, "EUR")).isEqualByComparingTo("2.00");
    assertThat(sharing.usage(group.id())).containsExactly(new MemberUsage(child.subscriptionId(), "DATA_MB",
        RatingTestBed.NOW, new BigDecimal("500"), new BigDecimal("500")));

    bed.clock.set(RatingTestBed.APRIL.plusSeconds(3600)); // the owner's next cycle: the cap starts again
    RatedEvent april = bed.sdk.rating().rate(dataAt("d-3", child, "300"))
        .event();
    assertThat(april.charge()).isEqualTo(eur("0"));
    assertThat(sharing.usage(group.id())).extracting(MemberUsage::drawn).containsExactly(new BigDecimal("300"));
  }

  @Test
  void twoMembersInOneBatchShareTheOwnersUnitsExactly() {
    Line sister = bed.onboard("Petit", "+33600000003", PaymentType.POSTPAID);
    Balance shared = bed.credit(owner.groupId(), "DATA_MB", "1000");
    share(SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB"), child, sister);

    List<RatingResult> results = bed.sdk.rating().rateAll(List.of(data("a", child.identifier(), "600"),
        data("b", sister.identifier(), "600")));

    assertThat(results.get(0).event().charge()).isEqualTo(eur("0"));
    assertThat(results.get(1).event().charge()).isEqualTo(eur("2.00")); // 400 shared, 200 charged
    assertThat(results.get(1).event().impacts().get(0)).isEqualTo(
        new BalanceImpact(shared.id(), "DATA_MB", new BigDecimal("400")));
    assertThat(total(owner, "DATA_MB")).isEqualByComparingTo("0");
    assertThat(total(sister, "EUR")).isEqualByComparingTo("2.00");
    assertThat(bed.listener.events()).filteredOn(BalanceEvent.Exhausted.class::isInstance)
        .containsExactly(new BalanceEvent.Exhausted(owner.groupId(), shared.id(), "DATA_MB", RatingTestBed.NOW));
  }

  @Test
  void aResourceThePolicyDoesNotShareIsNotDrawn() {
    bed.credit(owner.groupId(), "DATA_MB", "1000");
    share(SharingPolicy.of(SharingPriority.OWN_FIRST, "EUR"), child);

    assertThat(rate("d-1", child, "100").charge()).isEqualTo(eur("1.00"));
    assertThat(total(owner, "DATA_MB")).isEqualByComparingTo("-1000");
  }

  @Test
  void nothingIsSharedWhileTheGroupOrTheMemberIsSuspendedOrOutOfForce() {
    bed.sdk.balances().create(NewBalance.credit(owner.groupId(), "DATA_MB", new BigDecimal("1000"),
        BalanceValidity.infinite()));
    SharingGroup group = share(SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB"), child);

    sharing.edit(SharingGroupChange.of(group.id()).status(SharingStatus.SUSPENDED));
    assertThat(rate("d-1", child, "10").charge()).isEqualTo(eur("0.10"));
    sharing.edit(SharingGroupChange.of(group.id()).status(SharingStatus.ACTIVE));
    sharing.editMembership(new MembershipChange(child.subscriptionId(), MemberStatus.SUSPENDED, null));
    assertThat(rate("d-2", child, "10").charge()).isEqualTo(eur("0.10"));
    sharing.editMembership(new MembershipChange(child.subscriptionId(), MemberStatus.ACTIVE,
        Validity.between(RatingTestBed.NOW, RatingTestBed.NOW.plusSeconds(60))));
    assertThat(rate("d-3", child, "10").charge()).isEqualTo(eur("0")); // in force again
    bed.clock.advance(Duration.ofMinutes(5));
    assertThat(bed.sdk.rating().rate(dataAt("d-4", child, "10"))
        .event().charge()).isEqualTo(eur("0.10")); // the membership ended
    sharing.leave(child.subscriptionId());
    assertThat(rate("d-5", child, "10").charge()).isEqualTo(eur("0.10"));

    assertThat(total(owner, "DATA_MB")).isEqualByComparingTo("-990");
  }

  @Test
  void aCancelledGroupOrOwnerSubscriptionSharesNothing() {
    bed.credit(owner.groupId(), "DATA_MB", "1000");
    Line sister = bed.onboard("Petit", "+33600000003", PaymentType.POSTPAID);
    SharingGroup group = share(SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB"), child);
    sharing.cancel(group.id());
    assertThat(rate("d-1", child, "10").charge()).isEqualTo(eur("0.10"));

    share(SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB"), sister);
    bed.sdk.subscriptions().cancel(owner.subscriptionId());
    assertThat(rate("d-2", sister, "10").charge()).isEqualTo(eur("0.10"));
    assertThat(total(owner, "DATA_MB")).isEqualByComparingTo("-1000");
  }

  @Test
  void aPrepaidMemberSpendsTheOwnersSharedCreditAndIsRefusedBeyondIt() {
    Line prepaidOwner = bed.onboard("Bernard", "+33600000004", PaymentType.PREPAID);
    Line prepaidChild = bed.onboard("Roux", "+33600000005", PaymentType.PREPAID);
    bed.credit(prepaidOwner.groupId(), "EUR", "1.00");
    SharingGroup group = sharing.create(NewSharingGroup.of(prepaidOwner.subscriptionId(), "Prepaid",
        SharingPolicy.of(SharingPriority.OWN_FIRST, "EUR")));
    sharing.join(JoinRequest.of(group.id(), prepaidChild.subscriptionId()));
    bed.listener.clear();

    RatedEvent call = bed.sdk.rating().rate(voice("v-1", prepaidChild.identifier(), "60", "INTERNATIONAL", "PEAK"))
        .event();
    assertThat(call.charge()).isEqualTo(eur("0.90"));
    assertThat(total(prepaidOwner, "EUR")).isEqualByComparingTo("-0.10");
    List<Balance> before = bed.balances(prepaidOwner);

    assertThatThrownBy(() -> bed.sdk.rating().rate(voice("v-2", prepaidChild.identifier(), "60", "INTERNATIONAL", "PEAK")))
        .isInstanceOf(InsufficientBalanceException.class);
    assertThat(bed.balances(prepaidOwner)).isEqualTo(before);
    assertThat(bed.balances(prepaidChild)).isEmpty();
    assertThat(bed.events(prepaidChild)).hasSize(1);
  }

  @Test
  void aMembersUsageCrossesTheOwnersCreditThresholdAndNotifiesTheOwnersGroup() {
    RecordingChannel channel = new RecordingChannel("ops");
    RatingTestBed notifying = new RatingTestBed(builder -> builder.notificationChannel(channel));
    Line parent = notifying.onboard("Martin", "+33600000011", PaymentType.POSTPAID);
    Line kid = notifying.onboard("Durand", "+33600000012", PaymentType.POSTPAID);
    notifying.credit(parent.groupId(), "DATA_MB", "1000");
    notifying.sdk.notifications().defineCreditProfile(new CreditProfile(parent.groupId(),
        List.of(Threshold.amount("DATA_MB", new BigDecimal("200"))), List.of("ops")));
    SharingGroup group = notifying.sdk.sharing().create(NewSharingGroup.of(parent.subscriptionId(), "Family",
        SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB")));
    notifying.sdk.sharing().join(JoinRequest.of(group.id(), kid.subscriptionId()));

    notifying.sdk.rating().rateAll(List.of(data("n-1", kid.identifier(), "500"), data("n-2", kid.identifier(), "400")));

    assertThat(notifying.sdk.notifications().notifications(parent.groupId()))
        .singleElement().satisfies(n -> assertThat(n.value()).isEqualByComparingTo("100"));
    assertThat(notifying.sdk.notifications().notifications(kid.groupId())).isEmpty();
    assertThat(channel.sent()).hasSize(1);
  }
}
