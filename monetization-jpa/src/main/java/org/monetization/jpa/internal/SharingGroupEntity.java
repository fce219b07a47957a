package org.monetization.jpa.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroupId;
import org.monetization.customer.CustomerId;
import org.monetization.sharing.SharingGroup;
import org.monetization.sharing.SharingGroupId;
import org.monetization.sharing.SharingMember;
import org.monetization.sharing.SharingPolicy;
import org.monetization.sharing.SharingPriority;
import org.monetization.sharing.SharingStatus;
import org.monetization.subscription.SubscriptionId;
import org.monetization.time.Validity;

/**
 * The stored form of a {@link SharingGroup}: one row of {@code mon_sharing_group} with the policy's
 * priority, and its child rows: the shared resources ({@code mon_sharing_resource}), the caps by resource
 * ({@code mon_sharing_cap}) and the members by subscription id ({@code mon_sharing_member}). The
 * collections are keyed (a set, and maps by their key column), not positional lists: Hibernate then
 * deletes, updates and inserts rows by key, and never moves a member's row to another position, which
 * could trip the unique key on the member subscription half way. Like {@link SubscriptionEntity},
 * {@link #version} is bumped by a conditional update of the repository, not by JPA's {@code @Version}.
 */
@Entity
@Table(name = "mon_sharing_group")
class SharingGroupEntity {
  /** Collections are fetched for this many groups at once when several are read. */
  static final int FETCH_BATCH = 32;

  @Id
  @Column(name = "id")
  long id;

  @Column(name = "version", nullable = false)
  long version;

  @Column(name = "owner_customer_id", nullable = false)
  long ownerCustomerId;

  @Column(name = "owner_subscription_id", nullable = false)
  long ownerSubscriptionId;

  @Column(name = "owner_group_id", nullable = false)
  long ownerGroupId;

  @Column(name = "name", nullable = false)
  String name = "";

  @Column(name = "valid_from", nullable = false)
  Instant validFrom = Instant.EPOCH;

  @Column(name = "valid_to")
  @Nullable Instant validTo;

  @Column(name = "priority", nullable = false, length = 16)
  String priority = "";

  @Column(name = "status", nullable = false, length = 16)
  String status = "";

  @Column(name = "created_at", nullable = false)
  Instant createdAt = Instant.EPOCH;

  @ElementCollection
  @CollectionTable(name = "mon_sharing_resource", joinColumns = @JoinColumn(name = "sharing_group_id"))
  @Column(name = "resource", nullable = false, length = 40)
  @BatchSize(size = FETCH_BATCH)
  Set<String> resources = new HashSet<>();

  @ElementCollection
  @CollectionTable(name = "mon_sharing_cap", joinColumns = @JoinColumn(name = "sharing_group_id"))
  @MapKeyColumn(name = "resource", length = 40)
  @BatchSize(size = FETCH_BATCH)
  Map<String, SharingCapColumns> caps = new HashMap<>();

  @ElementCollection
  @CollectionTable(name = "mon_sharing_member", joinColumns = @JoinColumn(name = "sharing_group_id"))
  @MapKeyColumn(name = "subscription_id")
  @BatchSize(size = FETCH_BATCH)
  Map<Long, SharingMemberColumns> members = new HashMap<>();

  /** Returns a new entity holding the group at the given version. */
  static SharingGroupEntity of(SharingGroup group, long version) {
    SharingGroupEntity entity = new SharingGroupEntity();
    entity.id = group.id().value();
    entity.version = version;
    entity.copy(group);
    return entity;
  }

  /**
   * Overwrites every column and collection with the group's state, except the id and the version, which
   * the repository owns. A collection is rewritten only when it differs, and then Hibernate writes only
   * the rows whose key or value changed, so an unchanged group costs no statement.
   *
   * @return whether the members changed
   */
  boolean copy(SharingGroup group) {
    // Converted first: a value the columns cannot hold fails before the entity changes.
    Map<String, SharingCapColumns> newCaps = new HashMap<>();
    group.policy().capsPerCycle().forEach((resource, cap) -> newCaps.put(resource, SharingCapColumns.of(cap)));
    Map<Long, SharingMemberColumns> newMembers = new HashMap<>();
    for (SharingMember member : group.members()) {
      newMembers.put(member.subscriptionId().value(), SharingMemberColumns.of(member));
    }
    ownerCustomerId = group.ownerId().value();
    ownerSubscriptionId = group.ownerSubscriptionId().value();
    ownerGroupId = group.ownerGroupId().value();
    name = group.name();
    validFrom = StoredValues.instant(group.validity().from());
    validTo = StoredValues.nullableInstant(group.validity().to());
    priority = group.policy().priority().name();
    status = group.status().name();
    createdAt = StoredValues.instant(group.createdAt());
    if (!resources.equals(group.policy().resources())) {
      resources.clear();
      resources.addAll(group.policy().resources());
    }
    replace(caps, newCaps);
    return replace(members, newMembers);
  }

  /** Replaces the map's content in place if it differs; returns whether it did. */
  private static <K, V> boolean replace(Map<K, V> stored, Map<K, V> wanted) {
    if (stored.equals(wanted)) {
      return false;
    }
    stored.keySet().retainAll(wanted.keySet());
    stored.putAll(wanted);
    return true;
  }

  /** Returns the group the entity holds, its members sorted by subscription id (as the record sorts them). */
  SharingGroup toGroup() {
    Map<String, BigDecimal> capsPerCycle = new HashMap<>();
    caps.forEach((resource, cap) -> capsPerCycle.put(resource, cap.toCap()));
    List<SharingMember> memberList =
        members.entrySet().stream().map(member -> member.getValue().toMember(member.getKey())).toList();
    return new SharingGroup(
        new SharingGroupId(id),
        CustomerId.of(ownerCustomerId),
        new SubscriptionId(ownerSubscriptionId),
        new BalanceGroupId(ownerGroupId),
        name,
        new Validity(validFrom, validTo),
        new SharingPolicy(resources, capsPerCycle, SharingPriority.valueOf(priority)),
        SharingStatus.valueOf(status),
        createdAt,
        memberList,
        version);
  }

  @Override
  public String toString() {
    return "SharingGroupEntity[id=" + id + ", version=" + version + "]";
  }
}
