package org.monetization.examples.demo.customer;

import java.util.List;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.Customers;
import org.monetization.customer.PaymentMethod;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.paging.PageRequest;

/** Searches the list with a few combinations of criteria (CUS-2). */
final class FilterStep implements DemoStep {

  /** A filter with the words that describe it. */
  private record Search(String description, CustomerFilter filter) {}

  @Override
  public String title() {
    return "Filter the customer list";
  }

  @Override
  public void run(DemoContext context) {
    Customers customers = context.monetization().customers();
    List<Search> searches =
        List.of(
            new Search("city contains 'lyon'", CustomerFilter.builder().city("lyon").build()),
            new Search(
                "payment method DIRECT_DEBIT",
                CustomerFilter.builder().paymentMethod(PaymentMethod.DIRECT_DEBIT).build()),
            new Search(
                "country BE and status ACTIVE",
                CustomerFilter.builder().country("BE").status(CustomerStatus.ACTIVE).build()),
            new Search(
                "customer type BUSINESS and name contains 'an'",
                CustomerFilter.builder().customerType("BUSINESS").fullName("an").build()));
    for (int i = 0; i < searches.size(); i++) {
      if (i > 0) {
        context.blank();
      }
      Search search = searches.get(i);
      context.say("Filter: %s", search.description());
      CustomerLines.print(context, customers.list(search.filter(), PageRequest.first(20)));
    }
  }
}
