package org.monetization.onboarding;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.AccountInfo;
import org.monetization.customer.Contact;
import org.monetization.customer.CustomerStatus;
import org.monetization.customer.PaymentInfo;

/**
 * What an onboarding request would create, computed without creating anything (the CUS-5 summary).
 * Immutable. The customer id is not reserved by a preview; the submitted command assigns it.
 *
 * @param account the validated account info
 * @param payment the validated payment info
 * @param contacts the contacts that would be created, including a derived primary contact
 * @param status the initial status
 * @param createdAt the instant the preview was computed, as the submission would record it
 * @param subscription billing profile, balance group, first cycle and priced subscription, when the request
 *     has a subscription section
 */
public record OnboardingSummary(
    AccountInfo account,
    PaymentInfo payment,
    List<Contact> contacts,
    CustomerStatus status,
    Instant createdAt,
    @Nullable SubscriptionSummary subscription) {

  /** Copies the contacts. */
  public OnboardingSummary {
    requireNonNull(account, "account");
    requireNonNull(payment, "payment");
    requireNonNull(status, "status");
    requireNonNull(createdAt, "createdAt");
    contacts = List.copyOf(contacts);
  }
}
