package org.monetization.inmemory;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.monetization.customer.CustomerId;
import org.monetization.error.ConflictException;
import org.monetization.sharing.SharingGroup;
import org.monetization.sharing.SharingGroupId;
import org.monetization.sharing.SharingMember;
import org.monetization.spi.SharingGroupRepository;
import org.monetization.subscription.SubscriptionId;

/**
 * Sharing groups in memory, with an index of member subscriptions that keeps each subscription in one
 * group at most (writes are serialised, so the index check cannot race).
 */
final class InMemorySharingGroupRepository implements SharingGroupRepository {
  private final Table<Long, SharingGroup> groups;
  private final Table<Long, Long> groupOfMember;
  private final AtomicLong sequence = new AtomicLong();

  InMemorySharingGroupRepository(TransactionLog transactions) {
    this.groups = new Table<>(transactions, "sharing group");
    this.groupOfMember = new Table<>(transactions, "sharing member");
  }

  @Override
  public SharingGroupId nextId() {
    return new SharingGroupId(sequence.incrementAndGet());
  }

  @Override
  public SharingGroup insert(SharingGroup group) {
    SharingGroup stored = group.withVersion(0);
    groups.insert(group.id().value(), stored);
    index(group, Set.of());
    return stored;
  }

  @Override
  public SharingGroup update(SharingGroup group) {
    SharingGroup before = groups.find(group.id().value()).orElse(null);
    SharingGroup stored = groups.update(group.id().value(), group, SharingGroup::version, SharingGroup::withVersion);
    Set<Long> kept = new HashSet<>();
    for (SharingMember member : before.members()) {
      long subscription = member.subscriptionId().value();
      if (group.member(member.subscriptionId()).isPresent()) {
        kept.add(subscription);
      } else {
        groupOfMember.delete(subscription);
      }
    }
    index(group, kept);
    return stored;
  }

  private void index(SharingGroup group, Set<Long> alreadyIndexed) {
    for (SharingMember member : group.members()) {
      long subscription = member.subscriptionId().value();
      if (alreadyIndexed.contains(subscription)) {
        continue;
      }
      if (groupOfMember.find(subscription).isPresent()) {
        throw new ConflictException(ConflictException.Reason.DUPLICATE,
            "subscription " + subscription + " is already a member of a sharing group");
      }
      groupOfMember.insert(subscription, group.id().value());
    }
  }

  @Override
  public boolean delete(SharingGroupId id) {
    SharingGroup stored = groups.find(id.value()).orElse(null);
    if (stored == null) {
      return false;
    }
    stored.members().forEach(member -> groupOfMember.delete(member.subscriptionId().value()));
    return groups.delete(id.value());
  }

  @Override
  public Optional<SharingGroup> find(SharingGroupId id) {
    return groups.find(id.value());
  }

  @Override
  public List<SharingGroup> ofOwner(CustomerId ownerId) {
    return groups.select(g -> g.ownerId().equals(ownerId));
  }

  @Override
  public Optional<SharingGroup> ofMember(SubscriptionId subscriptionId) {
    return groupOfMember.find(subscriptionId.value()).flatMap(groups::find);
  }
}
