package org.monetization.onboarding;

import java.util.List;
import org.monetization.error.ConflictException;
import org.monetization.error.MonetizationException;
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
 *
 * <p>Many customers at once (an import, a migration from another system) go through {@link #submitAll},
 * which writes them in one transaction and reports each request in its own outcome.
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
   * Validates each request fully, as {@link #submit} does, and onboards the valid ones, all in one
   * transaction: one outcome per request, in the same order. A bad request is reported in its own outcome
   * (a {@link ValidationException} naming every invalid field of every section) and does not stop the
   * others; nothing of it is created. Requests are validated in order, each against the store as the
   * batch's earlier requests left it, so a request naming a service identifier that an earlier one took is
   * rejected as it would be by a later {@link #submit}. Customers created by one batch get increasing ids
   * in request order.
   *
   * <p>When the transaction fails as a whole on a {@link ConflictException} (a concurrent command took one
   * of the batch's service identifiers first, which a database may report only at commit, or optimistic
   * locks kept being lost), nothing of it stays and the requests are submitted again one per transaction,
   * so that each gets its own outcome. A batch is one transaction that holds its customers until it
   * commits: keep it to a few hundred requests.
   *
   * <pre>{@code
   * List<OnboardingOutcome> outcomes = monetization.onboarding().submitAll(requests);
   * for (int i = 0; i < outcomes.size(); i++) {
   *   if (!outcomes.get(i).isCreated()) {
   *     log.warn("line {} refused: {}", i + 1, outcomes.get(i).failure().getMessage());
   *   }
   * }
   * }</pre>
   *
   * @param requests the onboarding commands
   * @return one outcome per request, in the same order
   * @throws MonetizationException if storage failed (not a conflict); nothing of the batch was created
   */
  List<OnboardingOutcome> submitAll(List<OnboardingRequest> requests);

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
