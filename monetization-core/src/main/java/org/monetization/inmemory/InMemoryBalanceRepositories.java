package org.monetization.inmemory;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.monetization.balance.Adjustment;
import org.monetization.balance.BalanceGroupId;
import org.monetization.balance.BalanceId;
import org.monetization.balance.GroupBalances;
import org.monetization.spi.AdjustmentRepository;
import org.monetization.spi.BalanceRepository;

/** Balances per group and the adjustment ledger in memory. */
final class InMemoryBalanceRepositories {
  private InMemoryBalanceRepositories() {}

  static final class Balances implements BalanceRepository {
    private final Table<Long, GroupBalances> table;
    private final AtomicLong sequence = new AtomicLong();

    Balances(TransactionLog transactions) {
      this.table = new Table<>(transactions, "balances of group");
    }

    @Override
    public BalanceId nextId() {
      return new BalanceId(sequence.incrementAndGet());
    }

    @Override
    public GroupBalances load(BalanceGroupId groupId) {
      return table.find(groupId.value()).orElseGet(() -> GroupBalances.empty(groupId));
    }

    @Override
    public GroupBalances save(GroupBalances balances) {
      return table.save(balances.groupId().value(), balances, GroupBalances::version, GroupBalances::withVersion);
    }

    @Override
    public boolean delete(BalanceGroupId groupId) {
      return table.delete(groupId.value());
    }
  }

  static final class Adjustments implements AdjustmentRepository {
    private final Table<Long, Adjustment> table;
    private final AtomicLong sequence = new AtomicLong();

    Adjustments(TransactionLog transactions) {
      this.table = new Table<>(transactions, "adjustment");
    }

    @Override
    public long nextId() {
      return sequence.incrementAndGet();
    }

    @Override
    public void insert(Adjustment adjustment) {
      table.insert(adjustment.id(), adjustment);
    }

    @Override
    public List<Adjustment> ofGroup(BalanceGroupId groupId) {
      return table.select(a -> a.groupId().equals(groupId));
    }

    @Override
    public int deleteOfGroup(BalanceGroupId groupId) {
      return table.deleteWhere(a -> a.groupId().equals(groupId));
    }
  }
}
