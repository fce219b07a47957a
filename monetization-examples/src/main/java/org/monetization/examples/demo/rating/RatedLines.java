package org.monetization.examples.demo.rating;

import java.util.List;
import org.monetization.Monetization;
import org.monetization.subscription.Subscription;

/**
 * The mobile lines the record file reports usage of: two postpaid lines the subscriptions chapter onboarded,
 * the prepaid line this chapter onboards, and the line the subscriptions chapter cancelled, whose late records
 * are refused. Sanne de Vries's line is not in the file: its identifier is generated when she joins.
 */
final class RatedLines {
  /** Léa Rousseau, postpaid on Mobile S with the EU roaming pack. */
  static final String LEA = "+33612345678";
  /** Tobias Wagner, postpaid, on Mobile L from day 15 of the cycle, when the file's records start. */
  static final String TOBIAS = "+4915112345678";
  /** Pablo Ortega, whose subscription was cancelled. */
  static final String PABLO = "+34612345678";
  /** Inès Haddad, prepaid on Mobile S, onboarded by this chapter. */
  static final String INES = "+33698765432";

  /** The lines whose balances the chapter shows, in order. */
  static final List<String> SHOWN = List.of(LEA, TOBIAS, INES);

  private RatedLines() {}

  /**
   * Returns the subscription that provisioned a line.
   *
   * @param monetization the SDK
   * @param line the service identifier
   * @return the subscription
   * @throws IllegalStateException if no service has that identifier
   */
  static Subscription subscription(Monetization monetization, String line) {
    var service = monetization.services().find(line)
        .orElseThrow(() -> new IllegalStateException("no service " + line));
    return monetization.subscriptions().get(service.subscriptionId());
  }

  /** Returns "Léa Rousseau (+33612345678)": the subscriber's name and the line. */
  static String describe(Monetization monetization, String line) {
    Subscription subscription = subscription(monetization, line);
    return monetization.customers().get(subscription.customerId()).fullName() + " (" + line + ")";
  }
}
