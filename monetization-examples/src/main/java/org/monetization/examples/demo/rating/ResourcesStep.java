package org.monetization.examples.demo.rating;

import javax.money.Monetary;
import org.monetization.config.Resource;
import org.monetization.examples.demo.DemoContext;
import org.monetization.examples.demo.DemoStep;

/**
 * Defines the resources the tariffs use (CFG-3): euros with four decimals, so that calls priced per second
 * at fractions of a cent are rated exactly, and the megabytes of free data the plans grant.
 */
final class ResourcesStep implements DemoStep {
  /** The free data resource the data tariffs draw on. */
  static final String DATA_MB = "DATA_MB";

  @Override
  public String title() {
    return "Define the resources the tariffs use";
  }

  @Override
  public void run(DemoContext context) {
    define(context, Resource.monetary(Monetary.getCurrency("EUR"), 4).withName("Euro, to a hundredth of a cent"));
    define(context, Resource.units(DATA_MB, "MB", 0).withName("Free mobile data"));
  }

  private static void define(DemoContext context, Resource resource) {
    Resource defined = context.monetization().configuration().defineResource(resource);
    context.say("%-8s %-32s %-13s in %s with %d decimals, consumed %s", defined.code(), defined.name(),
        defined.kind(), defined.unit(), defined.scale(), defined.consumptionOrder());
  }
}
