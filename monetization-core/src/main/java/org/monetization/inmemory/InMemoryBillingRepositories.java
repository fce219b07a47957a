package org.monetization.inmemory;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.monetization.balance.BalanceGroup;
import org.monetization.balance.BalanceGroupId;
import org.monetization.billing.BillingProfile;
import org.monetization.billing.BillingProfileId;
import org.monetization.customer.CustomerId;
import org.monetization.spi.BalanceGroupRepository;
import org.monetization.spi.BillingProfileRepository;

/** Billing profiles and balance groups in memory. */
final class InMemoryBillingRepositories {
  private InMemoryBillingRepositories() {}

  static final class Profiles implements BillingProfileRepository {
    private final Table<Long, BillingProfile> table;
    private final AtomicLong sequence = new AtomicLong();

    Profiles(TransactionLog transactions) {
      this.table = new Table<>(transactions, "billing profile");
    }

    @Override
    public BillingProfileId nextId() {
      return new BillingProfileId(sequence.incrementAndGet());
    }

    @Override
    public void insert(BillingProfile profile) {
      table.insert(profile.id().value(), profile);
    }

    @Override
    public Optional<BillingProfile> find(BillingProfileId id) {
      return table.find(id.value());
    }

    @Override
    public List<BillingProfile> ofCustomer(CustomerId customerId) {
      return table.select(p -> p.customerId().equals(customerId));
    }

    @Override
    public int deleteOfCustomer(CustomerId customerId) {
      return table.deleteWhere(p -> p.customerId().equals(customerId));
    }
  }

  static final class Groups implements BalanceGroupRepository {
    private final Table<Long, BalanceGroup> table;
    private final AtomicLong sequence = new AtomicLong();

    Groups(TransactionLog transactions) {
      this.table = new Table<>(transactions, "balance group");
    }

    @Override
    public BalanceGroupId nextId() {
      return new BalanceGroupId(sequence.incrementAndGet());
    }

    @Override
    public void insert(BalanceGroup group) {
      table.insert(group.id().value(), group);
    }

    @Override
    public Optional<BalanceGroup> find(BalanceGroupId id) {
      return table.find(id.value());
    }

    @Override
    public List<BalanceGroup> ofCustomer(CustomerId customerId) {
      return table.select(g -> g.customerId().equals(customerId));
    }

    @Override
    public int deleteOfCustomer(CustomerId customerId) {
      return table.deleteWhere(g -> g.customerId().equals(customerId));
    }
  }
}
