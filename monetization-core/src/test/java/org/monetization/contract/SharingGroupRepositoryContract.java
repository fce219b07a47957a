package org.monetization.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.monetization.balance.BalanceGroup;
import org.monetization.customer.Customer;
import org.monetization.error.ConflictException;
import org.monetization.sharing.MemberStatus;
import org.monetization.sharing.SharingGroup;
import org.monetization.sharing.SharingMember;
import org.monetization.sharing.SharingPolicy;
import org.monetization.sharing.SharingPriority;
import org.monetization.sharing.SharingStatus;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionStatus;
import org.monetization.time.Validity;

/**
 * What every store must do with sharing groups: one versioned aggregate with its members, found by id, owner
 * and member subscription, and a subscription in one group at most.
 */
public abstract class SharingGroupRepositoryContract extends StoreContractSupport {

  /** A customer with a balance group and a subscription on it. */
  private record Line(Customer customer, BalanceGroup group, Subscription subscription) {}

  private Line line() {
    Customer customer = customer();
    BalanceGroup group = group(customer);
    Subscription subscription = tx(() -> store.subscriptions().insert(new Subscription(
        store.subscriptions().nextId(), customer.id(), group.id(), "MOBILE_S", 1, SubscriptionStatus.ACTIVE, T0, null,
        List.of(), List.of(), List.of(), 0)));
    return new Line(customer, group, subscription);
  }

  private SharingGroup sharingGroup(Line owner, String name, Line... members) {
    List<SharingMember> list = new ArrayList<>();
    for (int i = 0; i < members.length; i++) {
      Line member = members[i];
      list.add(new SharingMember(member.subscription().id(), member.customer().id(), member.group().id(),
          i == 0 ? Validity.from(T0.plusSeconds(60)) : Validity.between(T0, T0.plusSeconds(86_400)),
          i % 2 == 0 ? MemberStatus.ACTIVE : MemberStatus.SUSPENDED, T0.plusSeconds(i)));
    }
    SharingPolicy policy = new SharingPolicy(Set.of("DATA_MB", "EUR"),
        Map.of("DATA_MB", new BigDecimal("500"), "EUR", new BigDecimal("12.5000")), SharingPriority.SHARED_FIRST);
    return new SharingGroup(tx(() -> store.sharingGroups().nextId()), owner.customer().id(),
        owner.subscription().id(), owner.group().id(), name, Validity.between(T0, T0.plusSeconds(86_400 * 30)),
        policy, SharingStatus.ACTIVE, T0, list, 0);
  }

  private SharingGroup insert(SharingGroup group) {
    return tx(() -> store.sharingGroups().insert(group));
  }

  private static void assertConflict(Runnable command, ConflictException.Reason reason) {
    assertThatThrownBy(command::run).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
  }

  @Test
  void idsIncrease() {
    long first = tx(() -> store.sharingGroups().nextId()).value();
    long second = tx(() -> store.sharingGroups().nextId()).value();

    assertThat(second).isGreaterThan(first);
  }

  @Test
  void storesTheGroupWithItsPolicyAndMembersUnchanged() {
    Line owner = line();
    SharingGroup group = sharingGroup(owner, "Family", line(), line());

    SharingGroup stored = insert(group);

    assertThat(stored).isEqualTo(group.withVersion(0));
    assertThat(store.sharingGroups().find(group.id())).contains(stored);
    assertThat(stored.members()).hasSize(2);
  }

  @Test
  void anUncappedOpenEndedGroupWithoutMembersRoundTrips() {
    Line owner = line();
    SharingGroup group = new SharingGroup(tx(() -> store.sharingGroups().nextId()), owner.customer().id(),
        owner.subscription().id(), owner.group().id(), "Just me", Validity.from(T0),
        SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB"), SharingStatus.SUSPENDED, T0.plusSeconds(3), List.of(), 0);

    insert(group);

    assertThat(store.sharingGroups().find(group.id())).contains(group);
  }

  @Test
  void anUpdateReplacesTheAggregateAndBumpsItsVersion() {
    Line owner = line();
    Line first = line();
    Line second = line();
    SharingGroup stored = insert(sharingGroup(owner, "Family", first));
    SharingGroup changed = stored.with("Family and friends", Validity.from(T0),
            SharingPolicy.of(SharingPriority.OWN_FIRST, "SMS"), SharingStatus.SUSPENDED)
        .withoutMember(first.subscription().id())
        .withMember(new SharingMember(second.subscription().id(), second.customer().id(), second.group().id(),
            Validity.from(T0), MemberStatus.ACTIVE, T0.plusSeconds(9)));

    SharingGroup updated = tx(() -> store.sharingGroups().update(changed));

    assertThat(updated).isEqualTo(changed.withVersion(1));
    assertThat(store.sharingGroups().find(stored.id())).contains(updated);
    assertThat(store.sharingGroups().ofMember(first.subscription().id())).isEmpty();
    assertThat(store.sharingGroups().ofMember(second.subscription().id())).contains(updated);
  }

  @Test
  void aStaleOrUnknownUpdateIsAConcurrentUpdate() {
    Line owner = line();
    SharingGroup stored = insert(sharingGroup(owner, "Family", line()));
    tx(() -> store.sharingGroups().update(stored.with("Renamed", stored.validity(), stored.policy(), stored.status())));

    assertConflict(() -> tx(() -> store.sharingGroups().update(stored)), ConflictException.Reason.CONCURRENT_UPDATE);
    assertConflict(() -> tx(() -> store.sharingGroups().update(sharingGroup(owner, "Never stored"))),
        ConflictException.Reason.CONCURRENT_UPDATE);
    assertThat(store.sharingGroups().find(stored.id()).orElseThrow().name()).isEqualTo("Renamed");
  }

  @Test
  void aTakenIdIsADuplicate() {
    Line owner = line();
    SharingGroup stored = insert(sharingGroup(owner, "Family"));

    assertConflict(() -> insert(stored), ConflictException.Reason.DUPLICATE);
  }

  @Test
  void findsGroupsByOwnerInIdOrderCancelledIncluded() {
    Line owner = line();
    Line other = line();
    SharingGroup family = insert(sharingGroup(owner, "Family", line()));
    SharingGroup work = insert(sharingGroup(owner, "Work"));
    SharingGroup cancelled = tx(() -> store.sharingGroups().update(
        work.with(work.name(), work.validity(), work.policy(), SharingStatus.CANCELLED)));
    SharingGroup others = insert(sharingGroup(other, "Other"));

    assertThat(store.sharingGroups().ofOwner(owner.customer().id())).containsExactly(family, cancelled);
    assertThat(store.sharingGroups().ofOwner(other.customer().id())).containsExactly(others);
    assertThat(store.sharingGroups().ofOwner(line().customer().id())).isEmpty();
  }

  @Test
  void findsTheGroupOfAMemberSubscription() {
    Line owner = line();
    Line member = line();
    SharingGroup stored = insert(sharingGroup(owner, "Family", line(), member));

    assertThat(store.sharingGroups().ofMember(member.subscription().id())).contains(stored);
    assertThat(store.sharingGroups().ofMember(owner.subscription().id())).isEmpty();
  }

  @Test
  void aSubscriptionIsAMemberOfOneGroupAtMost() {
    Line member = line();
    SharingGroup first = insert(sharingGroup(line(), "First", member));
    SharingGroup second = insert(sharingGroup(line(), "Second"));
    SharingMember joining = first.members().get(0);

    assertConflict(() -> insert(sharingGroup(line(), "Third", member)), ConflictException.Reason.DUPLICATE);
    assertConflict(() -> tx(() -> store.sharingGroups().update(second.withMember(joining))),
        ConflictException.Reason.DUPLICATE);

    assertThat(store.sharingGroups().find(second.id())).contains(second);
    assertThat(store.sharingGroups().ofMember(member.subscription().id())).contains(first);
  }

  @Test
  void aMemberThatLeftCanJoinAnotherGroup() {
    Line member = line();
    SharingGroup first = insert(sharingGroup(line(), "First", member));
    SharingGroup second = insert(sharingGroup(line(), "Second"));
    SharingMember joining = first.members().get(0);

    tx(() -> store.sharingGroups().update(first.withoutMember(member.subscription().id())));
    SharingGroup joined = tx(() -> store.sharingGroups().update(second.withMember(joining)));

    assertThat(store.sharingGroups().ofMember(member.subscription().id())).contains(joined);
    assertThat(store.sharingGroups().find(first.id()).orElseThrow().members()).isEmpty();
  }

  @Test
  void aMemberCanLeaveOneGroupAndJoinAnotherInOneTransaction() {
    Line member = line();
    SharingGroup first = insert(sharingGroup(line(), "First", member));
    SharingGroup second = insert(sharingGroup(line(), "Second"));
    SharingMember moving = first.members().get(0);

    SharingGroup joined = tx(() -> {
      store.sharingGroups().update(first.withoutMember(member.subscription().id()));
      return store.sharingGroups().update(second.withMember(moving));
    });

    assertThat(store.sharingGroups().ofMember(member.subscription().id())).contains(joined);
    assertThat(store.sharingGroups().find(first.id()).orElseThrow().members()).isEmpty();
  }

  @Test
  void aSubscriptionTakenEarlierInTheSameTransactionIsADuplicate() {
    Line member = line();
    SharingGroup first = sharingGroup(line(), "First", member);
    SharingGroup second = sharingGroup(line(), "Second", member);

    assertConflict(() -> tx(() -> {
      store.sharingGroups().insert(first);
      return store.sharingGroups().insert(second);
    }), ConflictException.Reason.DUPLICATE);

    assertThat(store.sharingGroups().find(first.id())).isEmpty();
    assertThat(store.sharingGroups().ofMember(member.subscription().id())).isEmpty();
  }

  @Test
  void aRolledBackUpdateLeavesTheGroupAndItsMembersAsTheyWere() {
    Line member = line();
    SharingGroup stored = insert(sharingGroup(line(), "Family", member));

    assertThatThrownBy(() -> tx(() -> {
      store.sharingGroups().update(stored.withoutMember(member.subscription().id()));
      throw new IllegalStateException("fail after writing");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.sharingGroups().find(stored.id())).contains(stored);
    assertThat(store.sharingGroups().ofMember(member.subscription().id())).contains(stored);
  }

  @Test
  void deletingAGroupFreesItsMembersAndLeavesOtherGroups() {
    Line owner = line();
    Line member = line();
    Line otherOwner = line();
    Line otherMember = line();
    SharingGroup family = insert(sharingGroup(owner, "Family", member));
    SharingGroup other = insert(sharingGroup(otherOwner, "Other", otherMember));

    assertThatThrownBy(() -> tx(() -> {
      store.sharingGroups().delete(family.id());
      throw new IllegalStateException("fail after deleting");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(store.sharingGroups().find(family.id())).contains(family);
    assertThat(store.sharingGroups().ofMember(member.subscription().id())).contains(family);

    assertThat(tx(() -> store.sharingGroups().delete(family.id()))).isTrue();

    assertThat(store.sharingGroups().find(family.id())).isEmpty();
    assertThat(store.sharingGroups().ofOwner(owner.customer().id())).isEmpty();
    assertThat(store.sharingGroups().ofMember(member.subscription().id())).isEmpty();
    assertThat(store.sharingGroups().find(other.id())).contains(other);
    assertThat(store.sharingGroups().ofMember(otherMember.subscription().id())).contains(other);
    assertThat(tx(() -> store.sharingGroups().delete(family.id()))).isFalse();
    SharingGroup joined = insert(sharingGroup(otherOwner, "Second", member));
    assertThat(store.sharingGroups().ofMember(member.subscription().id()))
        .as("the freed subscription can join another group").contains(joined);
  }
}
