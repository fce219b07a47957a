package org.monetization.testing;

import java.util.List;
import org.monetization.Monetization;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerFilter;
import org.monetization.customer.CustomerSummary;
import org.monetization.paging.PageRequest;

/**
 * Everything observable about the customers of a {@link Monetization}: the stored count, every full
 * aggregate (including version) and the first list page. Two equal states mean nothing changed.
 *
 * @param count the store's customer count
 * @param customers every stored customer, in id order
 * @param listed the first list page through the public API, with its total
 * @param listedTotal the list's total count
 */
public record CustomerState(long count, List<Customer> customers, List<CustomerSummary> listed, long listedTotal) {

  /** Reads the current state. */
  public static CustomerState of(Monetization monetization) {
    var page = monetization.customers().list(CustomerFilter.none(), PageRequest.first(PageRequest.MAX_SIZE));
    return new CustomerState(
        monetization.store().customers().count(),
        monetization.store().customers().chunk(CustomerFilter.none(), null, 100_000),
        page.items(),
        page.totalCount());
  }
}
