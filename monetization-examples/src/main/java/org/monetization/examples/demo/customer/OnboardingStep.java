package org.monetization.examples.demo.customer;

import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.Customers;
import org.monetization.onboarding.OnboardingRequest;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.paging.PageRequest;

/**
 * Onboards every sample customer (CUS-5), each in one atomic command, and shows what was created, with
 * payment secrets masked.
 */
final class OnboardingStep implements DemoStep {

  @Override
  public String title() {
    return "Onboard customers";
  }

  @Override
  public void run(DemoContext context) {
    Customers customers = context.monetization().customers();
    for (OnboardingRequest request : SampleCustomers.requests()) {
      Customer customer = context.monetization().onboarding().submit(request).customer();
      context.say("%s", CustomerLines.describe(customer));
      context.say("     pays by %s", CustomerLines.payment(customer.payment()));
    }
    long total = customers.list(CustomerFilter.none(), PageRequest.first(1)).totalCount();
    context.say("%d customers onboarded.", total);
  }
}
