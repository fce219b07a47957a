package org.monetization.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monetization.testing.RatingTestBed.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceId;
import org.monetization.balance.BalanceValidity;
import org.monetization.balance.NewBalance;
import org.monetization.config.PaymentType;
import org.monetization.rating.BalanceImpact;
import org.monetization.rating.RatingResult;
import org.monetization.rating.RatingStatus;
import org.monetization.rating.UsageEvent;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;

/**
 * The unit and money rules of sharing (BAL-8) on random groups: units are neither created nor lost across the
 * owner's and the members' balances, each member draws in the policy's priority and never more than its cap,
 * and shared prepaid credit never goes past zero. An independent model of the policy is the oracle.
 */
class SharingProperties {
  private static final BigDecimal PRICE_PER_MB = new BigDecimal("0.01");

  /** One event: which member and how many MB. */
  record Use(int member, int megabytes) {}

  @Provide
  Arbitrary<List<Use>> uses() {
    return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 400))
        .as(Use::new).list().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<Integer> caps() {
    return Arbitraries.integers().between(0, 800).injectNull(0.3);
  }

  private static SharingGroup share(RatingTestBed bed, Line owner, SharingPolicy policy, List<Line> members) {
    SharingGroup group = bed.sdk.sharing().create(
        NewSharingGroup.of(owner.subscriptionId(), "Group", policy));
    for (Line member : members) {
      group = bed.sdk.sharing().join(JoinRequest.of(group.id(), member.subscriptionId()));
    }
    return group;
  }

  private static void grant(RatingTestBed bed, Line line, String resource, int amount) {
    if (amount > 0) {
      bed.sdk.balances().create(NewBalance.credit(line.groupId(), resource, BigDecimal.valueOf(amount),
          BalanceValidity.infinite()));
    }
  }

  private static BigDecimal total(RatingTestBed bed, Line line, String resource) {
    return bed.balances(line).stream().filter(b -> b.resource().equals(resource)).map(Balance::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static BigDecimal money(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  @Property(tries = 40)
  void unitsAreConservedInPriorityOrderAndCapsAreNeverExceeded(
      @ForAll @Size(max = 3) List<@IntRange(min = 1, max = 600) Integer> ownerGrants,
      @ForAll @Size(3) List<@IntRange(min = 0, max = 300) Integer> memberGrants,
      @ForAll SharingPriority priority,
      @ForAll("caps") Integer cap,
      @ForAll("uses") List<Use> uses,
      @ForAll @IntRange(min = 0, max = 12) int split) {
    RatingTestBed bed = new RatingTestBed();
    Line owner = bed.onboard("Owner", "+33611000000", PaymentType.POSTPAID);
    List<Line> members = new ArrayList<>();
    for (int m = 0; m < 3; m++) {
      members.add(bed.onboard("Member" + m, "+3361100000" + (m + 1), PaymentType.POSTPAID));
      grant(bed, members.get(m), "DATA_MB", memberGrants.get(m));
    }
    ownerGrants.forEach(amount -> grant(bed, owner, "DATA_MB", amount));
    SharingPolicy policy = SharingPolicy.of(priority, "DATA_MB");
    if (cap != null) {
      policy = policy.withCap("DATA_MB", BigDecimal.valueOf(cap));
    }
    SharingGroup group = share(bed, owner, policy, members);
    Set<BalanceId> ownerBalances = new HashSet<>();
    bed.balances(owner).forEach(b -> ownerBalances.add(b.id()));
    List<UsageEvent> events = new ArrayList<>();
    for (int i = 0; i < uses.size(); i++) {
      events.add(data("s-" + i, members.get(uses.get(i).member()).identifier(), Integer.toString(uses.get(i).megabytes())));
    }
    int cut = Math.min(split, events.size());

    List<RatingResult> results = new ArrayList<>(bed.sdk.rating().rateAll(events.subList(0, cut)));
    results.addAll(bed.sdk.rating().rateAll(events.subList(cut, events.size())));

    // the oracle: the policy applied event by event
    long shared = ownerGrants.stream().mapToLong(Integer::longValue).sum();
    long[] own = memberGrants.stream().mapToLong(Integer::longValue).toArray();
    long[] drawn = new long[3];
    long[] chargedUnits = new long[3];
    long[] drawnPerEvent = new long[uses.size()];
    for (int i = 0; i < uses.size(); i++) {
      int m = uses.get(i).member();
      long left = uses.get(i).megabytes();
      long capLeft = cap == null ? Long.MAX_VALUE : cap - drawn[m];
      if (priority == SharingPriority.OWN_FIRST) {
        long fromOwn = Math.min(left, own[m]);
        own[m] -= fromOwn;
        left -= fromOwn;
      }
      long fromShared = Math.min(left, Math.min(shared, capLeft));
      shared -= fromShared;
      drawn[m] += fromShared;
      drawnPerEvent[i] = fromShared;
      left -= fromShared;
      if (priority == SharingPriority.SHARED_FIRST) {
        long fromOwn = Math.min(left, own[m]);
        own[m] -= fromOwn;
        left -= fromOwn;
      }
      chargedUnits[m] += left;
    }

    BigDecimal consumed = BigDecimal.ZERO;
    for (int i = 0; i < results.size(); i++) {
      RatingResult result = results.get(i);
      assertThat(result.status()).isEqualTo(RatingStatus.RATED);
      BigDecimal fromOwner = BigDecimal.ZERO;
      for (BalanceImpact impact : result.event().impacts()) {
        if (impact.resource().equals("DATA_MB")) {
          consumed = consumed.add(impact.amount());
          if (ownerBalances.contains(impact.balanceId())) {
            fromOwner = fromOwner.add(impact.amount());
          }
        }
      }
      assertThat(fromOwner).isEqualByComparingTo(BigDecimal.valueOf(drawnPerEvent[i]));
    }
    long grantedTotal = ownerGrants.stream().mapToLong(Integer::longValue).sum()
        + memberGrants.stream().mapToLong(Integer::longValue).sum();
    BigDecimal remaining = total(bed, owner, "DATA_MB").negate();
    for (Line member : members) {
      remaining = remaining.add(total(bed, member, "DATA_MB").negate());
    }
    assertThat(consumed.add(remaining)).isEqualByComparingTo(BigDecimal.valueOf(grantedTotal));
    assertThat(total(bed, owner, "DATA_MB").negate()).isEqualByComparingTo(BigDecimal.valueOf(shared));
    for (int m = 0; m < 3; m++) {
      assertThat(total(bed, members.get(m), "DATA_MB").negate()).isEqualByComparingTo(BigDecimal.valueOf(own[m]));
      assertThat(total(bed, members.get(m), "EUR"))
          .isEqualByComparingTo(PRICE_PER_MB.multiply(BigDecimal.valueOf(chargedUnits[m])));
    }
    for (MemberUsage usage : bed.sdk.sharing().usage(group.id())) {
      int m = members.stream().map(l -> l.subscriptionId()).toList().indexOf(usage.memberSubscriptionId());
      assertThat(usage.drawn()).isEqualByComparingTo(BigDecimal.valueOf(drawn[m]));
      if (cap != null) {
        assertThat(usage.drawn()).isLessThanOrEqualTo(BigDecimal.valueOf(cap));
      }
    }
  }

  @Property(tries = 30)
  void sharedPrepaidCreditNeverGoesPastZeroAndEveryCentIsAccountedFor(
      @ForAll @IntRange(min = 0, max = 300) int ownerCents,
      @ForAll @IntRange(min = 0, max = 300) int memberCents,
      @ForAll SharingPriority priority,
      @ForAll @Size(min = 1, max = 10) List<@IntRange(min = 0, max = 120) Integer> megabytes) {
    RatingTestBed bed = new RatingTestBed();
    Line owner = bed.onboard("Owner", "+33622000000", PaymentType.PREPAID);
    Line member = bed.onboard("Member", "+33622000001", PaymentType.PREPAID);
    if (ownerCents > 0) {
      bed.credit(owner.groupId(), "EUR", BigDecimal.valueOf(ownerCents, 2).toPlainString());
    }
    if (memberCents > 0) {
      bed.credit(member.groupId(), "EUR", BigDecimal.valueOf(memberCents, 2).toPlainString());
    }
    share(bed, owner, SharingPolicy.of(priority, "EUR"), List.of(member));
    List<UsageEvent> events = new ArrayList<>();
    for (int i = 0; i < megabytes.size(); i++) {
      events.add(data("p-" + i, member.identifier(), megabytes.get(i).toString()));
    }

    List<RatingResult> results = bed.sdk.rating().rateAll(events);

    long available = ownerCents + memberCents;
    BigDecimal charged = BigDecimal.ZERO;
    for (int i = 0; i < results.size(); i++) {
      long cost = megabytes.get(i); // one cent per MB
      if (cost <= available) {
        assertThat(results.get(i).status()).isEqualTo(RatingStatus.RATED);
        available -= cost;
        charged = charged.add(money(results.get(i).event().charge()));
      } else {
        assertThat(results.get(i).status()).isEqualTo(RatingStatus.REJECTED);
      }
    }
    BigDecimal ownerLeft = total(bed, owner, "EUR").negate();
    BigDecimal memberLeft = total(bed, member, "EUR").negate();
    assertThat(ownerLeft.signum()).isGreaterThanOrEqualTo(0);
    assertThat(memberLeft.signum()).isGreaterThanOrEqualTo(0);
    assertThat(bed.balances(owner)).allMatch(b -> b.amount().signum() <= 0);
    assertThat(bed.balances(member)).allMatch(b -> b.amount().signum() <= 0);
    assertThat(ownerLeft.add(memberLeft)).isEqualByComparingTo(BigDecimal.valueOf(available, 2));
    assertThat(charged.add(ownerLeft).add(memberLeft)).isEqualByComparingTo(BigDecimal.valueOf(ownerCents + memberCents, 2));
  }
}
