package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroupId;
import org.monetization.customer.CustomerId;
import org.monetization.sharing.MemberStatus;
import org.monetization.sharing.SharingMember;
import org.monetization.subscription.SubscriptionId;
import org.monetization.time.Validity;

/**
 * The value of one row of {@code mon_sharing_member}: a {@link SharingMember} without its subscription id,
 * which is the map key column. Instants are held as stored (microseconds), so an unchanged member compares
 * equal to the one read back and costs no statement.
 */
@Embeddable
record SharingMemberColumns(
    @Column(name = "customer_id", nullable = false) long customerId,
    @Column(name = "balance_group_id", nullable = false) long balanceGroupId,
    @Column(name = "valid_from", nullable = false) Instant validFrom,
    @Column(name = "valid_to") @Nullable Instant validTo,
    @Column(name = "status", nullable = false, length = 16) String status,
    @Column(name = "joined_at", nullable = false) Instant joinedAt) {

  static SharingMemberColumns of(SharingMember member) {
    return new SharingMemberColumns(
        member.customerId().value(),
        member.groupId().value(),
        StoredValues.instant(member.validity().from()),
        StoredValues.nullableInstant(member.validity().to()),
        member.status().name(),
        StoredValues.instant(member.joinedAt()));
  }

  SharingMember toMember(long subscriptionId) {
    return new SharingMember(
        new SubscriptionId(subscriptionId),
        CustomerId.of(customerId),
        new BalanceGroupId(balanceGroupId),
        new Validity(validFrom, validTo),
        MemberStatus.valueOf(status),
        joinedAt);
  }
}
