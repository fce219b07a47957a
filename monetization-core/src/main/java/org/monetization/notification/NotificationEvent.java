package org.monetization.notification;

import java.time.Instant;
import org.monetization.balance.BalanceGroupId;
import org.monetization.event.DomainEvent;

/** A committed change of the notification area, published to the domain event listeners. */
public sealed interface NotificationEvent extends DomainEvent {

  /** Returns the balance group concerned. */
  BalanceGroupId groupId();

  /**
   * A credit profile was defined or replaced.
   *
   * @param groupId the group
   * @param profile the stored profile
   * @param occurredAt when
   */
  record ProfileDefined(BalanceGroupId groupId, CreditProfile profile, Instant occurredAt)
      implements NotificationEvent {}

  /**
   * A credit profile was removed.
   *
   * @param groupId the group
   * @param occurredAt when
   */
  record ProfileRemoved(BalanceGroupId groupId, Instant occurredAt) implements NotificationEvent {}

  /**
   * A threshold was crossed and its notification recorded with its pending deliveries; once this is
   * published (after commit), the SDK sends the notification through its channels.
   *
   * @param groupId the group
   * @param notification the recorded notification
   * @param occurredAt when
   */
  record Recorded(BalanceGroupId groupId, Notification notification, Instant occurredAt)
      implements NotificationEvent {}
}
