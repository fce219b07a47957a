package org.monetization.sharing;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.monetization.subscription.SubscriptionId;
import org.monetization.time.Validity;

/**
 * The command that creates a sharing group (BAL-8): the owner's subscription whose resources are shared,
 * a name, a validity, the policy and the initial status. Immutable; checked by {@link Sharing#create}.
 *
 * <pre>{@code
 * SharingGroup family = sharing.create(NewSharingGroup.of(ownerSubscription, "Family",
 *     SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB").withCap("DATA_MB", new BigDecimal("500"))));
 * }</pre>
 *
 * @param ownerSubscriptionId the subscription whose balance group's balances members draw on
 * @param name display name, not blank, at most {@value #MAX_NAME_LENGTH} characters
 * @param validity when members may draw; null for "from now on, without end"
 * @param policy what is shared and how
 * @param status {@link SharingStatus#ACTIVE} or {@link SharingStatus#SUSPENDED}
 */
public record NewSharingGroup(
    SubscriptionId ownerSubscriptionId,
    String name,
    @Nullable Validity validity,
    SharingPolicy policy,
    SharingStatus status) {

  /** The longest name a group may have. */
  public static final int MAX_NAME_LENGTH = 100;

  /** Checks the parts are present; the values are checked by the command. */
  public NewSharingGroup {
    requireNonNull(ownerSubscriptionId, "ownerSubscriptionId");
    requireNonNull(name, "name");
    requireNonNull(policy, "policy");
    requireNonNull(status, "status");
  }

  /**
   * Returns the command for an active group valid from now on.
   *
   * @param ownerSubscriptionId the shared subscription
   * @param name display name
   * @param policy what is shared and how
   * @return the command
   */
  public static NewSharingGroup of(SubscriptionId ownerSubscriptionId, String name, SharingPolicy policy) {
    return new NewSharingGroup(ownerSubscriptionId, name, null, policy, SharingStatus.ACTIVE);
  }

  /**
   * Returns a copy with a validity.
   *
   * @param value when members may draw
   * @return the copy
   */
  public NewSharingGroup withValidity(Validity value) {
    return new NewSharingGroup(ownerSubscriptionId, name, requireNonNull(value, "validity"), policy, status);
  }
}
