package org.monetization.onboarding;

import org.monetization.error.ValidationException;

/**
 * Onboards customers (CUS-5): one command made of six sections — account info, payment info, contacts,
 * sharing, hierarchy and subscription — that creates everything or nothing, and its dry run. Thread-safe.
 *
 * <pre>{@code
 * OnboardingResult result = monetization.onboarding().submit(OnboardingRequest.builder()
 *     .account(AccountInfo.builder()
 *         .firstName("Alice").lastName("Martin").email("alice@example.com").phone("+33612345678")
 *         .customerType("RESIDENTIAL")
 *         .address(Address.of("1 rue de Rivoli", "Paris", "IDF", "FR", "75001"))
 *         .build())
 *     .payment(PaymentInfo.invoice())
 *     .build());
 * }</pre>
 */
public interface Onboarding {

  /**
   * Validates every section of the request, then creates the customer (status ACTIVE), its contacts and
   * the other sections' entities in one transaction.
   *
   * @param request the onboarding command
   * @return what was created
   * @throws ValidationException listing every invalid field of every section; nothing is created
   */
  OnboardingResult submit(OnboardingRequest request);

  /**
   * Validates the request and returns what {@link #submit} would create, without creating anything (the
   * CUS-5 summary).
   *
   * @param request the onboarding command
   * @return the summary
   * @throws ValidationException listing every invalid field of every section
   */
  OnboardingSummary preview(OnboardingRequest request);
}
