package org.monetization.spi;

import java.util.List;
import java.util.Optional;
import org.monetization.customer.CustomerId;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionId;

/** Stores subscription aggregates (with their product lines and pending charges). */
public interface SubscriptionRepository {

  /** Returns a new id, greater than every id handed out before. */
  SubscriptionId nextId();

  /**
   * Stores a new subscription at version 0.
   *
   * @param subscription the subscription; its version is ignored
   * @return the stored subscription
   * @throws org.monetization.error.ConflictException with reason {@code DUPLICATE} if the id is taken
   */
  Subscription insert(Subscription subscription);

  /**
   * Replaces a stored subscription, provided nobody else changed it since it was read.
   *
   * @param subscription the new state, carrying the version it was read at
   * @return the stored subscription, at the next version
   * @throws org.monetization.error.ConflictException with reason {@code CONCURRENT_UPDATE} if the stored
   *     version differs
   */
  Subscription update(Subscription subscription);

  /**
   * Returns the subscription with the given id.
   *
   * @param id the id
   * @return the subscription, if stored
   */
  Optional<Subscription> find(SubscriptionId id);

  /**
   * Returns the subscriptions of a customer, by id.
   *
   * @param customerId the customer
   * @return the subscriptions
   */
  List<Subscription> ofCustomer(CustomerId customerId);

  /**
   * Deletes every subscription of a customer, with its product lines and pending charges, for the purge
   * of a closed account (CUS-8). Promotion redemptions stay counted.
   *
   * @param customerId the customer
   * @return the number of subscriptions deleted
   */
  int deleteOfCustomer(CustomerId customerId);
}
