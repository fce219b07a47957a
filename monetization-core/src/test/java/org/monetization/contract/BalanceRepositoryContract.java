package org.monetization.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.balance.Adjustment;
import org.monetization.balance.Balance;
import org.monetization.balance.BalanceGroup;
import org.monetization.balance.BalanceId;
import org.monetization.balance.GroupBalances;
import org.monetization.balance.UsageCounter;
import org.monetization.error.ConflictException;
import org.monetization.time.Validity;

/** What every store must do with balances (one versioned aggregate per group) and the adjustment ledger. */
public abstract class BalanceRepositoryContract extends StoreContractSupport {

  private GroupBalances sample(BalanceGroup group) {
    BalanceId free = tx(() -> store.balances().nextId());
    BalanceId charges = tx(() -> store.balances().nextId());
    return GroupBalances.empty(group.id()).with(
        List.of(
            new Balance(free, "DATA_MB", new BigDecimal("-1000"), Validity.between(T0, T0.plusSeconds(86_400)), T0),
            new Balance(charges, "EUR", new BigDecimal("12.3456"), Validity.from(T0), T0.plusSeconds(1))),
        List.of(new UsageCounter("+33612345678/VOICE", T0, new BigDecimal("360"))));
  }

  @Test
  void aGroupWithoutBalancesLoadsEmptyAtVersionZero() {
    BalanceGroup group = group(customer());

    assertThat(store.balances().load(group.id())).isEqualTo(GroupBalances.empty(group.id()));
  }

  @Test
  void balanceIdsIncrease() {
    BalanceId first = tx(() -> store.balances().nextId());
    BalanceId second = tx(() -> store.balances().nextId());

    assertThat(second.value()).isGreaterThan(first.value());
  }

  @Test
  void storesTheAggregateUnchangedAndBumpsItsVersion() {
    BalanceGroup group = group(customer());
    GroupBalances balances = sample(group);

    GroupBalances saved = tx(() -> store.balances().save(balances));

    assertThat(saved).isEqualTo(balances.withVersion(1));
    assertThat(store.balances().load(group.id())).isEqualTo(saved);
    GroupBalances changed = saved.with(saved.balances().get(0).withAmount(new BigDecimal("-400")));
    assertThat(tx(() -> store.balances().save(changed))).isEqualTo(changed.withVersion(2));
    assertThat(store.balances().load(group.id()).balances().get(0).amount()).isEqualByComparingTo("-400");
  }

  @Test
  void aStaleSaveIsAConcurrentUpdate() {
    BalanceGroup group = group(customer());
    GroupBalances first = sample(group);
    tx(() -> store.balances().save(first));

    assertThatThrownBy(() -> tx(() -> store.balances().save(first)))
        .isInstanceOfSatisfying(ConflictException.class,
            e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.CONCURRENT_UPDATE));
    assertThat(store.balances().load(group.id()).version()).isEqualTo(1);
  }

  @Test
  void aRolledBackSaveLeavesThePreviousState() {
    BalanceGroup group = group(customer());
    GroupBalances saved = tx(() -> store.balances().save(sample(group)));

    assertThatThrownBy(() -> tx(() -> {
      store.balances().save(saved.with(List.of(), List.of()));
      throw new IllegalStateException("fail after writing");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.balances().load(group.id())).isEqualTo(saved);
  }

  @Test
  void theLedgerKeepsEntriesPerGroupInIdOrder() {
    BalanceGroup group = group(customer());
    BalanceGroup other = group(customer());
    GroupBalances saved = tx(() -> store.balances().save(sample(group)));
    BalanceId balance = saved.balances().get(1).id();
    Adjustment taxed = new Adjustment(tx(() -> store.adjustments().nextId()), group.id(), balance, "EUR",
        new BigDecimal("-5.0000"), new BigDecimal("-1.0000"), "VAT", "4457", "Goodwill", null, T0);
    Adjustment ofEvent = new Adjustment(tx(() -> store.adjustments().nextId()), group.id(), balance, "EUR",
        new BigDecimal("0.5000"), BigDecimal.ZERO, null, null, "Correction", "cdr-1", T0.plusSeconds(5));
    tx(() -> {
      store.adjustments().insert(taxed);
      store.adjustments().insert(ofEvent);
      return null;
    });

    assertThat(store.adjustments().ofGroup(group.id())).containsExactly(taxed, ofEvent);
    assertThat(store.adjustments().ofGroup(other.id())).isEmpty();
    assertThatThrownBy(() -> tx(() -> {
      store.adjustments().insert(taxed);
      return null;
    })).isInstanceOf(ConflictException.class);
  }

  @Test
  void deletingAGroupsBalancesAndLedgerLeavesOtherGroupsAndRollsBack() {
    BalanceGroup group = group(customer());
    BalanceGroup other = group(customer());
    GroupBalances saved = tx(() -> store.balances().save(sample(group)));
    GroupBalances kept = tx(() -> store.balances().save(sample(other)));
    Adjustment entry = new Adjustment(tx(() -> store.adjustments().nextId()), group.id(), saved.balances().get(1).id(),
        "EUR", new BigDecimal("-5.0000"), BigDecimal.ZERO, null, null, "Goodwill", null, T0);
    Adjustment otherEntry = new Adjustment(tx(() -> store.adjustments().nextId()), other.id(),
        kept.balances().get(1).id(), "EUR", new BigDecimal("2.0000"), BigDecimal.ZERO, null, null, "Goodwill", null,
        T0);
    tx(() -> {
      store.adjustments().insert(entry);
      store.adjustments().insert(otherEntry);
      return null;
    });

    assertThatThrownBy(() -> tx(() -> {
      store.balances().delete(group.id());
      store.adjustments().deleteOfGroup(group.id());
      throw new IllegalStateException("fail after deleting");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(store.balances().load(group.id())).isEqualTo(saved);
    assertThat(store.adjustments().ofGroup(group.id())).containsExactly(entry);

    assertThat(tx(() -> store.balances().delete(group.id()))).isTrue();
    assertThat(tx(() -> store.adjustments().deleteOfGroup(group.id()))).isEqualTo(1);

    assertThat(store.balances().load(group.id())).isEqualTo(GroupBalances.empty(group.id()));
    assertThat(store.adjustments().ofGroup(group.id())).isEmpty();
    assertThat(store.balances().load(other.id())).isEqualTo(kept);
    assertThat(store.adjustments().ofGroup(other.id())).containsExactly(otherEntry);
    assertThat(tx(() -> store.balances().delete(group.id()))).as("nothing left to delete").isFalse();
    assertThat(tx(() -> store.adjustments().deleteOfGroup(group.id()))).isZero();
    GroupBalances again = sample(group);
    assertThat(tx(() -> store.balances().save(again))).as("the group starts again from version 0")
        .isEqualTo(again.withVersion(1));
  }
}
