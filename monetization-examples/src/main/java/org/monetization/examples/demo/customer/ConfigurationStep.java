package org.monetization.examples.demo.customer;

import java.util.Comparator;
import java.util.Set;
import org.monetization.config.AttributeTarget;
import org.monetization.config.AttributeType;
import org.monetization.config.Configuration;
import org.monetization.config.CustomAttributeDefinition;
import org.monetization.config.CustomerType;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;

/**
 * Defines what onboarding validates against: the RESIDENTIAL and BUSINESS customer types (CFG-1) and two
 * custom attributes of customers (CFG-2), a mandatory preferred language and an optional head count.
 */
final class ConfigurationStep implements DemoStep {
  static final CustomerType RESIDENTIAL = CustomerType.of("RESIDENTIAL", "Residential customers");
  static final CustomerType BUSINESS = CustomerType.of("BUSINESS", "Business customers");
  static final String LANGUAGE = "preferredLanguage";
  static final String EMPLOYEES = "employees";

  @Override
  public String title() {
    return "Define customer types and custom attributes";
  }

  @Override
  public void run(DemoContext context) {
    Configuration configuration = context.monetization().configuration();
    configuration.defineCustomerType(RESIDENTIAL);
    configuration.defineCustomerType(BUSINESS);
    configuration.defineAttribute(
        CustomAttributeDefinition.enumeration(
                AttributeTarget.CUSTOMER, LANGUAGE, true, Set.of("FR", "DE", "NL", "ES", "EN"))
            .withPrintedOnInvoice(true));
    configuration.defineAttribute(
        CustomAttributeDefinition.optional(AttributeTarget.CUSTOMER, EMPLOYEES, AttributeType.NUMBER));

    for (CustomerType type : configuration.customerTypes()) {
      context.say("customer type %-12s %s", type.code(), type.name());
    }
    for (CustomAttributeDefinition attribute :
        configuration.attributes(AttributeTarget.CUSTOMER).definitions().values().stream()
            .sorted(Comparator.comparing(CustomAttributeDefinition::name))
            .toList()) {
      context.say(
          "attribute     %-17s %-6s %s%s%s",
          attribute.name(),
          attribute.type(),
          attribute.mandatory() ? "mandatory" : "optional",
          attribute.allowedValues().isEmpty()
              ? ""
              : ", one of " + attribute.allowedValues().stream().sorted().toList(),
          attribute.printedOnInvoice() ? ", printed on invoices" : "");
    }
  }
}
