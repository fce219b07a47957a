package org.monetization.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.monetization.Monetization;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceTotal;
import org.monetization.balance.BalanceValidity;
import org.monetization.balance.NewBalance;
import org.monetization.customer.Customer;
import org.monetization.customer.CustomerId;
import org.monetization.error.ConflictException;
import org.monetization.error.MonetizationException;
import org.monetization.onboarding.OnboardingResult;
import org.monetization.rating.RatedEvent;
import org.monetization.sharing.JoinRequest;
import org.monetization.sharing.MemberStatus;
import org.monetization.sharing.NewSharingGroup;
import org.monetization.sharing.SharingGroup;
import org.monetization.sharing.SharingMember;
import org.monetization.sharing.SharingPolicy;
import org.monetization.sharing.SharingPriority;
import org.monetization.sharing.SharingStatus;
import org.monetization.spi.Store;
import org.monetization.subscription.SubscriptionId;
import org.monetization.testing.CatalogFixtures;
import org.monetization.testing.CustomerFixtures;
import org.monetization.testing.RatingTestBed;
import org.monetization.time.Validity;

/**
 * What the JPA store adds to the sharing group contract: the unique key on the member subscription decides
 * a race that the repository's callers cannot see, and fails the call that takes a subscription; writes are
 * limited to the rows that changed, caps that the columns cannot hold are refused, and a customer deleted
 * on its own leaves its groups readable (the purge deletes them, see {@link JpaPurgeBehaviour}); and a
 * member rated through the SDK draws on the owner's stored balances within its cap. Runs on each test
 * database.
 */
abstract class JpaSharingBehaviour extends JpaStoreBehaviour {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");


  private static <T> T tx(Store store, Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  /**
   * Returns a new group of the owner with members, with made-up subscription and balance group ids: the
   * store keeps no foreign key from a group to other aggregates.
   */
  private static SharingGroup group(Store store, long owner, long... memberSubscriptions) {
    List<SharingMember> members = new ArrayList<>();
    for (long subscription : memberSubscriptions) {
      members.add(new SharingMember(new SubscriptionId(subscription), CustomerId.of(subscription + 1000),
          new BalanceGroupId(subscription + 2000), Validity.from(T0), MemberStatus.ACTIVE, T0));
    }
    SharingPolicy policy = SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB", "SMS")
        .withCap("DATA_MB", new BigDecimal("500.0"));
    return new SharingGroup(tx(store, () -> store.sharingGroups().nextId()), CustomerId.of(owner),
        new SubscriptionId(owner + 100), new BalanceGroupId(owner + 200), "Family", Validity.from(T0), policy,
        SharingStatus.ACTIVE, T0, members, 0);
  }

  @Test
  void twoTransactionsThatBothSawTheSubscriptionFreeCannotBothMakeItAMember() throws Exception {
    JpaStore store = open();
    SubscriptionId member = new SubscriptionId(7);
    SharingGroup first = group(store, 1, 7);
    SharingGroup second = group(store, 2, 7);
    CountDownLatch firstInserted = new CountDownLatch(1);
    CountDownLatch secondChecked = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<SharingGroup> firstJoin = pool.submit(() -> tx(store, () -> {
        assertThat(store.sharingGroups().ofMember(member)).isEmpty();
        SharingGroup stored = store.sharingGroups().insert(first);
        firstInserted.countDown();
        await(secondChecked); // the second transaction checks before this one commits
        return stored;
      }));
      await(firstInserted);
      Future<Optional<SharingGroup>> secondCheck = pool.submit(() -> tx(store, () -> {
        Optional<SharingGroup> seen;
        try {
          seen = store.sharingGroups().ofMember(member);
        } finally {
          secondChecked.countDown();
        }
        store.sharingGroups().insert(second);
        return seen;
      }));

      assertThat(firstJoin.get(30, TimeUnit.SECONDS)).isEqualTo(first);
      assertThatThrownBy(() -> secondCheck.get(30, TimeUnit.SECONDS))
          .cause()
          .isInstanceOfSatisfying(ConflictException.class,
              e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    } finally {
      secondChecked.countDown();
      pool.shutdownNow();
    }
    assertThat(store.sharingGroups().ofMember(member)).contains(first);
    assertThat(store.sharingGroups().find(second.id())).isEmpty();
    assertThat(database().rows(store, "mon_sharing_member")).isEqualTo(1);
    assertThat(database().rows(store, "mon_sharing_group")).isEqualTo(1);
  }

  @Test
  void theCallThatTakesASubscriptionOfAnotherGroupFailsNotTheCommit() {
    JpaStore store = open();
    SharingGroup first = tx(store, () -> store.sharingGroups().insert(group(store, 1, 7)));
    SharingGroup second = tx(store, () -> store.sharingGroups().insert(group(store, 2)));
    SharingGroup third = group(store, 3, 7);
    List<String> reached = new ArrayList<>();

    assertThatThrownBy(() -> tx(store, () -> {
      store.sharingGroups().update(second.withMember(first.members().get(0)));
      reached.add("update");
      return null;
    })).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
    assertThatThrownBy(() -> tx(store, () -> {
      store.sharingGroups().insert(third);
      reached.add("insert");
      return null;
    })).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));

    assertThat(reached).isEmpty();
    assertThat(store.sharingGroups().find(second.id())).contains(second);
  }

  @Test
  void changingOneMemberWritesItsRowAndTheRootOnly() {
    TestDatabase.Counted counted = openCounted();
    Store store = counted.store();
    SharingGroup stored = tx(store, () -> store.sharingGroups().insert(group(store, 1, 7, 8, 9)));
    SharingMember eight = stored.member(new SubscriptionId(8)).orElseThrow();
    counted.statements().reset();

    SharingGroup updated = tx(store, () -> store.sharingGroups().update(
        stored.withMember(eight.with(MemberStatus.SUSPENDED, Validity.between(T0, T0.plusSeconds(60))))));

    assertThat(updated.member(new SubscriptionId(8)).orElseThrow().status()).isEqualTo(MemberStatus.SUSPENDED);
    assertThat(writes(counted.statements(), "update", "mon_sharing_member")).isEqualTo(1);
    for (String table : List.of("mon_sharing_member", "mon_sharing_resource", "mon_sharing_cap")) {
      assertThat(writes(counted.statements(), "insert", table)).as("inserts into " + table).isZero();
      assertThat(writes(counted.statements(), "delete", table)).as("deletes from " + table).isZero();
    }
    assertThat(writes(counted.statements(), "update", "mon_sharing_resource")).isZero();
    assertThat(writes(counted.statements(), "update", "mon_sharing_cap")).isZero();
    assertThat(store.sharingGroups().find(stored.id())).contains(updated);
  }

  /** Returns how many rows statements of the verb wrote to the table, batched or on their own. */
  private static long writes(StatementLog statements, String verb, String table) {
    return statements.count(StatementLog.Event.ADD_BATCH, verb, table)
        + statements.count(StatementLog.Event.EXECUTE_UPDATE, verb, table);
  }

  @Test
  void aCapTheDecimalColumnsCannotHoldIsRefusedNotRounded() {
    JpaStore store = open();
    SharingGroup group = group(store, 1, 7);
    SharingGroup tiny = group.with(group.name(), group.validity(),
        group.policy().withCap("SMS", new BigDecimal("0.0000000000001")), group.status());

    assertThatThrownBy(() -> tx(store, () -> store.sharingGroups().insert(tiny)))
        .isExactlyInstanceOf(MonetizationException.class)
        .hasMessageStartingWith("storage failure");
    assertThat(store.sharingGroups().find(group.id())).isEmpty();
    assertThat(store.sharingGroups().ofMember(new SubscriptionId(7))).isEmpty();
  }

  @Test
  void aCustomerDeletedOnItsOwnLeavesTheGroupsItOwnedAndJoinedReadable() {
    JpaStore store = open();
    Customer customer = tx(store, () -> store.customers().insert(
        CustomerFixtures.plainCustomer(store.customers().nextId(), "Owner", "Member", T0)));
    long id = customer.id().value();
    SharingGroup owned = tx(store, () -> store.sharingGroups().insert(group(store, id, 7)));
    SharingGroup joined = group(store, 99).withMember(new SharingMember(new SubscriptionId(8), customer.id(),
        new BalanceGroupId(3), Validity.from(T0), MemberStatus.ACTIVE, T0));
    tx(store, () -> store.sharingGroups().insert(joined));

    assertThat(tx(store, () -> store.customers().delete(customer.id()))).isTrue();

    assertThat(store.customers().find(customer.id())).isEmpty();
    assertThat(store.sharingGroups().ofOwner(customer.id())).containsExactly(owned);
    assertThat(store.sharingGroups().ofMember(new SubscriptionId(8))).contains(joined);
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aMemberRatedOnTheStoreDrawsTheOwnersBalancesWithinItsCapAcrossBatches() {
    JpaStore store = open();
    Monetization sdk = JpaRatingBehaviour.sdk(store, 5);
    JpaRatingBehaviour.configure(sdk);
    OnboardingResult owner = sdk.onboarding().submit(MobileOperator.subscriber("Owner", "+33677000001", List.of()));
    OnboardingResult member = sdk.onboarding().submit(MobileOperator.subscriber("Member", "+33677000002", List.of()));
    sdk.balances().create(NewBalance.credit(owner.balanceGroup().id(), "DATA_MB", new BigDecimal("1000"),
        BalanceValidity.infinite()));
    SharingGroup family = sdk.sharing().create(NewSharingGroup.of(owner.subscription().id(), "Family",
        SharingPolicy.of(SharingPriority.OWN_FIRST, "DATA_MB").withCap("DATA_MB", new BigDecimal("600"))));
    sdk.sharing().join(JoinRequest.of(family.id(), member.subscription().id()));

    sdk.rating().rateAll(List.of(RatingTestBed.data("j-1", "+33677000002", "250"),
        RatingTestBed.data("j-2", "+33677000002", "150")));
    RatedEvent capped = sdk.rating().rate(RatingTestBed.data("j-3", "+33677000002", "300")).event();

    assertThat(capped.charge()).isEqualTo(CatalogFixtures.eur("1.00")); // 200 MB shared, then the cap
    Monetization fresh = JpaRatingBehaviour.sdk(store, 5); // nothing cached: every figure read back
    assertThat(fresh.balances().totals(owner.balanceGroup().id()))
        .containsExactly(new BalanceTotal("DATA_MB", new BigDecimal("-400")));
    assertThat(fresh.balances().totals(member.balanceGroup().id()))
        .containsExactly(new BalanceTotal("EUR", new BigDecimal("1.0000")));
    assertThat(fresh.sharing().usage(family.id())).singleElement()
        .satisfies(usage -> assertThat(usage.drawn()).isEqualByComparingTo("600"));
    assertThat(fresh.sharing().membership(member.subscription().id()).orElseThrow().id()).isEqualTo(family.id());
  }
}
