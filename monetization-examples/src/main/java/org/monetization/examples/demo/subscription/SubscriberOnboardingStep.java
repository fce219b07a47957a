package org.monetization.examples.demo.subscription;

import java.util.ArrayList;
import java.util.List;
import org.monetization.Monetization;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.onboarding.OnboardingResult;
import org.monetization.onboarding.SubscriptionSection;
import org.monetization.subscription.PendingCharge;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.Subscription;

/**
 * Submits the previewed onboarding and three more (CUS-5, SUB-1, SUB-7): each creates the customer, a
 * billing profile, a balance group, the subscription and its mobile line in one command. The subscriber
 * without a mobile number gets an identifier generated from the clock's epoch milliseconds.
 */
final class SubscriberOnboardingStep implements DemoStep {

  @Override
  public String title() {
    return "Onboard mobile subscribers";
  }

  @Override
  public void run(DemoContext context) {
    Monetization monetization = context.monetization();
    int billingDay = Subscribers.billingDay(monetization);
    List<OnboardingRequest> requests = new ArrayList<>();
    requests.add(Subscribers.lea(billingDay));
    requests.addAll(Subscribers.others(billingDay));
    for (OnboardingRequest request : requests) {
      OnboardingResult result = monetization.onboarding().submit(request);
      Subscription subscription = result.subscription();
      if (subscription == null || result.billingProfile() == null || result.balanceGroup() == null) {
        throw new IllegalStateException("onboarding with a subscription section created no subscription");
      }
      List<ProvisionedService> services = monetization.services().ofSubscription(subscription.id());
      context.say("%-15s customer #%s, billing profile #%s, balance group #%s, subscription #%s on %s",
          result.customer().fullName(), result.customer().id(), result.billingProfile().id().value(),
          result.balanceGroup().id().value(), subscription.id().value(), subscription.planCode());
      boolean generated =
          request.subscriptionSection().map(SubscriptionSection::globalServiceIdentifier).isEmpty();
      for (ProvisionedService service : services) {
        context.say("%-15s line %s%s", "", SubscriptionLines.describe(service),
            generated ? ", generated: no mobile number was given" : "");
      }
      for (PendingCharge charge : subscription.pendingCharges()) {
        context.say("%-15s first bill: %s %s", "", charge.description(), Amounts.format(charge.amount()));
      }
    }
  }
}
