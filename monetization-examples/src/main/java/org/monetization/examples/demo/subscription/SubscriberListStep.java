package org.monetization.examples.demo.subscription;

import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerSummary;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;

/**
 * Lists the customers again (CUS-1): the list now counts each customer's active subscriptions and services,
 * which the subscription commands keep up to date.
 */
final class SubscriberListStep implements DemoStep {
  static final int PAGE_SIZE = 50;

  @Override
  public String title() {
    return "List customers with their subscriptions and services";
  }

  @Override
  public void run(DemoContext context) {
    Page<CustomerSummary> page =
        context.monetization().customers().list(CustomerFilter.none(), PageRequest.first(PAGE_SIZE));
    context.say("%d customers; subscriptions and services per customer:", page.totalCount());
    for (CustomerSummary summary : page.items()) {
      context.say("  #%-3s %-18s %-8s %d subscriptions, %d services", summary.id(), summary.fullName(),
          summary.status(), summary.subscriptions(), summary.services());
    }
    if (page.hasNext()) {
      context.say("  (first %d shown)", PAGE_SIZE);
    }
  }
}
