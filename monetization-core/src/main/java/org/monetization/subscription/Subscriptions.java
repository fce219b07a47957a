package org.monetization.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.monetization.customer.CustomerId;
import org.monetization.error.ConflictException;
import org.monetization.error.NotFoundException;
import org.monetization.error.ValidationException;

/**
 * Commands and queries on subscriptions (SUB-1 to SUB-6). Thread-safe. Every command validates all of its
 * input first, commits all of its changes or none, and refuses to change the subscriptions of a closed
 * account or a cancelled subscription ({@link ConflictException} with reason {@code ILLEGAL_STATE}).
 * Prices come from the latest published catalog.
 */
public interface Subscriptions {

  /**
   * Prices a subscription without creating it: product lines after overrides, discounts and coupons,
   * one-time charges and the services it would provision.
   *
   * @param request the subscription
   * @return the quote
   * @throws ValidationException if any field is invalid (unknown plan or product, negative override, bad or
   *     used-up promotion code, identifier taken...)
   */
  SubscriptionQuote quote(SubscribeRequest request);

  /**
   * Subscribes a customer's balance group to a plan (SUB-1), provisions its services and redeems its
   * promotion codes.
   *
   * @param request the subscription
   * @return the created subscription
   * @throws ValidationException if any field is invalid
   * @throws NotFoundException if the customer or balance group does not exist
   * @throws ConflictException if the account is closed, or a service identifier or the last use of a
   *     promotion code was taken by a concurrent command
   */
  Subscription subscribe(SubscribeRequest request);

  /**
   * Adds a pack that the subscription's plan offers (SUB-2).
   *
   * @param id the subscription
   * @param request the pack with its choices and coupons
   * @return the updated subscription
   * @throws ValidationException if the pack is unknown or not offered by the plan, or a choice is invalid
   * @throws NotFoundException if the subscription does not exist
   */
  Subscription addPack(SubscriptionId id, PackRequest request);

  /**
   * Changes the quantity, unit price or validity of a product line; its fee is re-priced (SUB-3).
   *
   * @param id the subscription
   * @param line the product line
   * @param change what to change
   * @return the updated subscription
   * @throws ValidationException if a new value is negative or in another currency
   * @throws NotFoundException if the subscription or line does not exist
   */
  Subscription modifyProduct(SubscriptionId id, int line, ProductChange change);

  /**
   * Cancels one product line now (SUB-3); a service left without products is cancelled with it.
   *
   * @param id the subscription
   * @param line the product line
   * @return the updated subscription
   * @throws NotFoundException if the subscription or line does not exist
   * @throws ConflictException if the line is already cancelled
   */
  Subscription cancelProduct(SubscriptionId id, int line);

  /**
   * Redeems vouchers on a subscription; each buys its bundle (SUB-4).
   *
   * @param id the subscription
   * @param codes the voucher codes
   * @return the updated subscription
   * @throws ValidationException if a code is unknown, not a voucher, expired or used up
   * @throws NotFoundException if the subscription does not exist
   */
  Subscription redeemVouchers(SubscriptionId id, List<String> codes);

  /**
   * Moves the subscription to another plan from {@code effectiveAt}, within the current billing cycle
   * (SUB-5). The old plan's lines end and the new plan's start at that instant; recurring fees are prorated
   * by day (see {@link org.monetization.billing.Proration}); allowances follow the new plan; packs and
   * coupons stay; services keep their identifiers by service type.
   *
   * @param id the subscription
   * @param planCode the new plan
   * @param effectiveAt when the change takes effect, in the current billing cycle and not before the
   *     subscription's start
   * @return the subscription on its new plan and the prorated amounts
   * @throws ValidationException if the plan is unknown, in another currency, or the date is out of range
   * @throws NotFoundException if the subscription does not exist
   */
  PlanTransition changePlan(SubscriptionId id, String planCode, Instant effectiveAt);

  /**
   * Cancels the subscription now (SUB-6): every product line and service ends.
   *
   * @param id the subscription
   * @return the cancelled subscription
   * @throws NotFoundException if the subscription does not exist
   * @throws ConflictException if it is already cancelled
   */
  Subscription cancel(SubscriptionId id);

  /**
   * Returns the subscription with the given id.
   *
   * @param id the id
   * @return the subscription, if any
   */
  Optional<Subscription> find(SubscriptionId id);

  /**
   * Returns the subscription with the given id.
   *
   * @param id the id
   * @return the subscription
   * @throws NotFoundException if it does not exist
   */
  Subscription get(SubscriptionId id);

  /**
   * Returns the subscriptions of a customer, by id.
   *
   * @param customerId the customer
   * @return the subscriptions
   */
  List<Subscription> ofCustomer(CustomerId customerId);
}
