package org.monetization.notification;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.monetization.balance.BalanceGroupId;

/**
 * The credit profile of one balance group (CFG-8): thresholds on the available amount of its resources, and
 * the channels a crossing is sent through. A profile belongs to a balance group rather than to a billing
 * profile because a group is what rating loads and changes as one aggregate: detection then needs one lookup
 * per changed group, and groups without a profile pay nothing more. Immutable.
 *
 * <pre>{@code
 * notifications.defineCreditProfile(new CreditProfile(groupId,
 *     List.of(Threshold.percentOf("DATA_MB", new BigDecimal("20"), new BigDecimal("5000")),
 *             Threshold.amount("DATA_MB", BigDecimal.ZERO)),
 *     List.of("webhook")));
 * }</pre>
 *
 * @param groupId the balance group watched
 * @param thresholds the thresholds, at least one; no two with the same resource and level
 * @param channels the names of the notification channels a crossing is sent through, at least one
 */
public record CreditProfile(BalanceGroupId groupId, List<Threshold> thresholds, List<String> channels) {

  /** Checks the parts are present and copies the lists; the values are checked by the command. */
  public CreditProfile {
    requireNonNull(groupId, "groupId");
    thresholds = List.copyOf(thresholds);
    channels = List.copyOf(channels);
  }
}
