package org.monetization.examples.demo.customer;

import java.time.LocalDate;
import org.monetization.customer.Contact;
import org.monetization.customer.Customer;
import org.monetization.customer.Customers;
import org.monetization.customer.PaymentInfo;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;

/**
 * Edits a contact by its label (CUS-7) and replaces a payment method (CUS-9), showing each before and
 * after.
 */
final class EditStep implements DemoStep {

  @Override
  public String title() {
    return "Edit a contact and payment information";
  }

  @Override
  public void run(DemoContext context) {
    Customers customers = context.monetization().customers();

    Customer dubois = SampleCustomers.named(customers, SampleCustomers.SOPHIE_DUBOIS);
    Contact accounting = dubois.contact("accounting").orElseThrow();
    Contact replacement =
        Contact.builder()
            .label("accounting")
            .firstName("Thomas")
            .lastName("Bernard")
            .email("t.bernard@dubois-architectes.example")
            .phone("+33 1 42 68 53 02")
            .organisation("Dubois Architectes SARL")
            .build();
    Customer edited = customers.editContact(dubois.id(), "accounting", replacement);
    context.say("%s (#%s), contact 'accounting':", dubois.fullName(), dubois.id());
    context.say("  before: %s", CustomerLines.contact(accounting));
    context.say("  after:  %s", CustomerLines.contact(edited.contact("accounting").orElseThrow()));

    Customer weber = SampleCustomers.named(customers, SampleCustomers.MAXIMILIAN_WEBER);
    PaymentInfo directDebit =
        PaymentInfo.directDebit("MND-DE-2026-0004", LocalDate.of(2026, 2, 2), "BYLADEM1001",
                "DE02 1203 0000 0000 2020 51")
            .withTaxIds(weber.payment().taxIds());
    Customer switched = customers.editPaymentInfo(weber.id(), directDebit);
    context.say("%s (#%s), payment information:", weber.fullName(), weber.id());
    context.say("  before: %s", CustomerLines.payment(weber.payment()));
    context.say("  after:  %s", CustomerLines.payment(switched.payment()));
  }
}
