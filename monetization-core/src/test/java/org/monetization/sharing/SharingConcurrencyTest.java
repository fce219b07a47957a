package org.monetization.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monetization.testing.RatingTestBed.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.monetization.balance.BalanceTotal;
import org.monetization.config.PaymentType;
import org.monetization.rating.RatingResult;
import org.monetization.rating.RatingStatus;
import org.monetization.rating.UsageEvent;
import org.monetization.testing.RatingTestBed;
import org.monetization.testing.RatingTestBed.Line;

/** NFR-4 with sharing: members rating at once on their own threads share the owner's units exactly. */
class SharingConcurrencyTest {
  private static final int MEMBERS = 4;
  private static final int EVENTS_PER_MEMBER = 5_000;
  private static final int BATCH = 100;

  @Test
  void membersRatingConcurrentlyDrawTheOwnersUnitsWithinTheirCapsWithoutLosingAnUpdate() throws Exception {
    RatingTestBed bed = new RatingTestBed();
    Line owner = bed.onboard("Owner", "+33633000000", PaymentType.POSTPAID);
    bed.credit(owner.groupId(), "DATA_MB", "12000");
    SharingGroup group = bed.sdk.sharing().create(NewSharingGroup.of(owner.subscriptionId(), "Team",
        SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB").withCap("DATA_MB", new BigDecimal("4000"))));
    List<Line> members = new ArrayList<>();
    for (int m = 0; m < MEMBERS; m++) {
      Line member = bed.onboard("Member" + m, "+3363300000" + (m + 1), PaymentType.POSTPAID);
      bed.sdk.sharing().join(JoinRequest.of(group.id(), member.subscriptionId()));
      members.add(member);
    }
    ExecutorService pool = Executors.newFixedThreadPool(MEMBERS);
    try {
      List<Future<Long>> rated = new ArrayList<>();
      for (Line member : members) {
        rated.add(pool.submit(() -> {
          long count = 0;
          for (int from = 0; from < EVENTS_PER_MEMBER; from += BATCH) {
            List<UsageEvent> batch = new ArrayList<>(BATCH);
            for (int i = from; i < from + BATCH; i++) {
              batch.add(data(member.identifier() + "-" + i, member.identifier(), "1"));
            }
            for (RatingResult result : bed.sdk.rating().rateAll(batch)) {
              count += result.status() == RatingStatus.RATED ? 1 : 0;
            }
          }
          return count;
        }));
      }
      long total = 0;
      for (Future<Long> future : rated) {
        total += future.get(5, TimeUnit.MINUTES);
      }
      assertThat(total).isEqualTo((long) MEMBERS * EVENTS_PER_MEMBER);
    } finally {
      pool.shutdownNow();
    }

    // 20,000 MB asked, 12,000 shared: each member's cap of 4,000 allows 16,000, so the pool runs dry first
    assertThat(bed.sdk.balances().totals(owner.groupId())).containsExactly(new BalanceTotal("DATA_MB", BigDecimal.ZERO));
    BigDecimal charged = BigDecimal.ZERO;
    for (Line member : members) {
      charged = charged.add(bed.sdk.balances().totals(member.groupId()).get(0).amount());
    }
    assertThat(charged).isEqualByComparingTo("80.00"); // 8,000 MB at 0.01
    assertThat(bed.sdk.sharing().usage(group.id())).allSatisfy(
        usage -> assertThat(usage.drawn()).isLessThanOrEqualTo(new BigDecimal("4000")));
    assertThat(bed.sdk.sharing().usage(group.id()).stream().map(MemberUsage::drawn)
        .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("12000");
  }
}
