package org.monetization.examples.demo.customer;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.monetization.customer.Customer;
import org.monetization.customer.Customers;
import org.monetization.error.ConflictException;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;

/**
 * Closes an account (CUS-8) and shows that a closed account refuses further changes; the purge job would
 * delete it once the retention period has passed.
 */
final class CloseStep implements DemoStep {

  @Override
  public String title() {
    return "Close an account";
  }

  @Override
  public void run(DemoContext context) {
    Customers customers = context.monetization().customers();
    Customer lambert = SampleCustomers.named(customers, SampleCustomers.HUGO_LAMBERT);
    Customer closed = customers.close(lambert.id());
    Instant closedAt = requireNonNull(closed.closedAt()).truncatedTo(ChronoUnit.SECONDS);
    context.say("%s (#%s) is now %s, closed at %s.", closed.fullName(), closed.id(), closed.status(), closedAt);
    try {
      customers.addTaxId(closed.id(), "BE0987654321");
      throw new IllegalStateException("the SDK changed a closed account");
    } catch (ConflictException refused) {
      context.say("Adding a tax id afterwards is refused (%s): %s", refused.reason(), refused.getMessage());
    }
  }
}
