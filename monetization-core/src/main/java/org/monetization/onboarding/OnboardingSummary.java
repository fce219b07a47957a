package org.monetization.onboarding;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
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
 */
public record OnboardingSummary(
    AccountInfo account, PaymentInfo payment, List<Contact> contacts, CustomerStatus status, Instant createdAt) {

  /** Copies the contacts. */
  public OnboardingSummary {
    requireNonNull(account, "account");
    requireNonNull(payment, "payment");
    requireNonNull(status, "status");
    requireNonNull(createdAt, "createdAt");
    contacts = List.copyOf(contacts);
  }
}
