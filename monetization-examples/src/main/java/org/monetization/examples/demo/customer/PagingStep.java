package org.monetization.examples.demo.customer;

import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerSummary;
import org.monetization.customer.Customers;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;
import org.monetization.paging.Page;
import org.monetization.paging.PageRequest;

/** Lists every customer, active and not, page by page in id order (CUS-1). */
final class PagingStep implements DemoStep {
  static final int PAGE_SIZE = 4;

  @Override
  public String title() {
    return "List customers page by page";
  }

  @Override
  public void run(DemoContext context) {
    Customers customers = context.monetization().customers();
    PageRequest request = PageRequest.first(PAGE_SIZE);
    while (true) {
      Page<CustomerSummary> page = customers.list(CustomerFilter.none(), request);
      CustomerLines.print(context, page);
      if (!page.hasNext()) {
        return;
      }
      request = request.next();
    }
  }
}
