package org.monetization.spi;

import java.util.List;
import java.util.Optional;
import org.monetization.billing.BillingProfile;
import org.monetization.billing.BillingProfileId;
import org.monetization.customer.CustomerId;

/** Stores billing profiles. */
public interface BillingProfileRepository {

  /** Returns a new id, greater than every id handed out before. */
  BillingProfileId nextId();

  /**
   * Stores a new profile.
   *
   * @param profile the profile
   * @throws org.monetization.error.ConflictException with reason {@code DUPLICATE} if the id is taken
   */
  void insert(BillingProfile profile);

  /**
   * Returns the profile with the given id.
   *
   * @param id the id
   * @return the profile, if stored
   */
  Optional<BillingProfile> find(BillingProfileId id);

  /**
   * Returns the profiles of a customer, by id.
   *
   * @param customerId the customer
   * @return the profiles
   */
  List<BillingProfile> ofCustomer(CustomerId customerId);

  /**
   * Deletes every billing profile of a customer, for the purge of a closed account (CUS-8).
   *
   * @param customerId the customer
   * @return the number of profiles deleted
   */
  int deleteOfCustomer(CustomerId customerId);
}
