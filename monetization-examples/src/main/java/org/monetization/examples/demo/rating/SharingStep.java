package org.monetization.examples.demo.rating;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.money.Monetary;
import org.monetization.Monetization;
import org.monetization.examples.demo.subscription.Amounts;
import org.monetization.balance.BalanceTotal;
import org.monetization.config.AttributeValue;
import org.monetization.config.BillingInterval;
import org.monetization.config.PaymentType;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Address;
import org.monetization.customer.PaymentInfo;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.examples.demo.customer.CustomerChapter;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.onboarding.SubscriptionSection;
import org.monetization.rating.RatedEvent;
import org.monetization.rating.UsageEvent;
import org.monetization.sharing.JoinRequest;
import org.monetization.sharing.JoinableGroup;
import org.monetization.sharing.MemberUsage;
import org.monetization.sharing.NewSharingGroup;
import org.monetization.sharing.SharingGroup;
import org.monetization.sharing.SharingPolicy;
import org.monetization.sharing.SharingPriority;
import org.monetization.subscription.Subscription;

/**
 * Shares Tobias Wagner's free data with his daughter's new line (BAL-8): he creates a sharing group with a
 * cap of {@value #CAP_MB} MB per member and cycle, she finds it by his name and joins, and her data sessions
 * draw on his free data, as far as the cap allows, before anything is charged to her. Then she leaves, and
 * her next session is charged to her own account.
 */
final class SharingStep implements DemoStep {
  /** Mia Wagner's new line. */
  static final String MIA = "+4915187654321";
  /** The most a member draws from Tobias's data per cycle. */
  static final int CAP_MB = 1000;

  @Override
  public String title() {
    return "Share free data with a family member";
  }

  @Override
  public void run(DemoContext context) {
    Monetization sdk = context.monetization();
    Subscription tobias = RatedLines.subscription(sdk, RatedLines.TOBIAS);
    SharingGroup group = sdk.sharing().create(NewSharingGroup.of(tobias.id(), "Wagner family",
        SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB").withCap("DATA_MB", BigDecimal.valueOf(CAP_MB))));
    context.say("%s creates sharing group #%s '%s' on subscription #%s: shares %s, at most %s MB per member "
            + "and cycle, members' own balances first.", RatedLines.describe(sdk, RatedLines.TOBIAS), group.id(),
        group.name(), tobias.id().value(), group.policy().resources(), CAP_MB);
    context.say("His free data before: %s DATA_MB.", freeData(sdk, tobias).toPlainString());

    Subscription mia = sdk.onboarding().submit(request(LocalDate.now(sdk.clock()).getDayOfMonth())).subscription();
    if (mia == null) {
      throw new IllegalStateException("onboarding with a subscription section created no subscription");
    }
    List<JoinableGroup> found = sdk.sharing().search("wagner");
    context.say("Mia Wagner (%s) searches the owners named 'wagner': %s", MIA, found.stream()
        .map(j -> "group #" + j.group().id() + " '" + j.group().name() + "' of " + j.ownerFullName())
        .collect(Collectors.joining(", ")));
    sdk.sharing().join(JoinRequest.of(found.get(0).group().id(), mia.id()));
    context.say("She joins it with subscription #%s; she has no free data of her own.", mia.id().value());

    Set<Long> tobiasBalances = sdk.balances().balances(tobias.balanceGroupId()).stream()
        .map(b -> b.id().value()).collect(Collectors.toSet());
    int session = 0;
    for (String megabytes : List.of("400", "500", "300")) {
      RatedEvent event = sdk.rating().rate(data("share-" + ++session, megabytes, sdk.clock().instant())).event();
      context.say("  %-8s %4s MB  %-11s %s", event.id(), megabytes, Amounts.format(event.charge()),
          event.impacts().stream().map(i -> (tobiasBalances.contains(i.balanceId().value()) ? "Tobias's" : "her")
              + " balance #" + i.balanceId().value() + " " + i.resource() + " +" + i.amount().toPlainString())
              .collect(Collectors.joining(", ")));
    }
    for (MemberUsage usage : sdk.sharing().usage(group.id())) {
      context.say("Drawn by subscription #%s this cycle: %s of %s %s.", usage.memberSubscriptionId().value(),
          usage.drawn().toPlainString(), usage.cap() == null ? "unlimited" : usage.cap().toPlainString(),
          usage.resource());
    }
    context.say("His free data after: %s DATA_MB.", freeData(sdk, tobias).toPlainString());

    sdk.sharing().leave(mia.id());
    RatedEvent alone = sdk.rating().rate(data("share-" + ++session, "50", sdk.clock().instant())).event();
    context.say("She leaves the group; her next 50 MB cost her %s, and her own charges total %s.",
        Amounts.format(alone.charge()), sdk.balances().totals(mia.balanceGroupId()).stream()
            .map(t -> t.resource() + " " + t.amount().toPlainString()).collect(Collectors.joining(", ")));
  }

  private static BigDecimal freeData(Monetization sdk, Subscription subscription) {
    return sdk.balances().totals(subscription.balanceGroupId()).stream()
        .filter(t -> t.resource().equals("DATA_MB")).map(BalanceTotal::amount)
        .findFirst().orElse(BigDecimal.ZERO).negate();
  }

  private static UsageEvent data(String id, String megabytes, Instant at) {
    return UsageEvent.builder(id, MIA, "DATA").startTime(at).quantity(new BigDecimal(megabytes))
        .field("startTime", at.toString()).field("zone", "NATIONAL").field("apn", "internet").build();
  }

  private static OnboardingRequest request(int billingDay) {
    AccountInfo account = AccountInfo.builder()
        .firstName("Mia")
        .lastName("Wagner")
        .email("mia.wagner@example.com")
        .phone(MIA)
        .customerType(CustomerChapter.RESIDENTIAL)
        .address(Address.of("Schillerstraße 8", "München", "Bayern", "DE", "80336"))
        .customAttribute(CustomerChapter.PREFERRED_LANGUAGE, AttributeValue.choice("DE"))
        .build();
    SubscriptionSection subscription = new SubscriptionSection(PaymentType.POSTPAID, Monetary.getCurrency("EUR"),
        BillingInterval.MONTHLY, billingDay, "MOBILE_S", List.of(), MIA, List.of());
    return OnboardingRequest.builder()
        .account(account)
        .payment(PaymentInfo.creditCard("Mia Wagner", "tok_visa_93b1c7e4a2d8"))
        .subscription(subscription)
        .build();
  }
}
