package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.monetization.balance.BalanceGroup;
import org.monetization.balance.BalanceGroupId;
import org.monetization.customer.CustomerId;
import org.monetization.spi.BalanceGroupRepository;

/**
 * Balance groups in {@code mon_balance_group}. Ids come from the sequence {@value #SEQUENCE}; a taken id is
 * detected by the primary key when the insert is flushed, at the latest on commit. Instants are stored to
 * the microsecond. Thread-safe.
 */
public final class JpaBalanceGroupRepository implements BalanceGroupRepository {
  /** The sequence balance group ids come from. */
  public static final String SEQUENCE = "mon_balance_group_id_seq";

  private final JpaTransactions transactions;
  private final IdSequence ids;

  /**
   * Creates the repository.
   *
   * @param transactions the store's transaction boundary
   * @param ids the sequence {@value #SEQUENCE}
   */
  public JpaBalanceGroupRepository(JpaTransactions transactions, IdSequence ids) {
    this.transactions = requireNonNull(transactions, "transactions");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public BalanceGroupId nextId() {
    return new BalanceGroupId(ids.next(transactions));
  }

  @Override
  public void insert(BalanceGroup group) {
    requireNonNull(group, "group");
    BalanceGroupEntity entity = BalanceGroupEntity.of(group);
    transactions.write(
        entityManager -> {
          entityManager.persist(entity);
          return null;
        });
  }

  @Override
  public Optional<BalanceGroup> find(BalanceGroupId id) {
    requireNonNull(id, "id");
    return transactions.read(
        entityManager ->
            Optional.ofNullable(entityManager.find(BalanceGroupEntity.class, id.value()))
                .map(BalanceGroupEntity::toBalanceGroup));
  }

  @Override
  public List<BalanceGroup> ofCustomer(CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    return transactions.read(
        entityManager ->
            entityManager
                .createQuery(
                    "select g from BalanceGroupEntity g where g.customerId = :customer order by g.id",
                    BalanceGroupEntity.class)
                .setParameter("customer", customerId.value())
                .getResultStream()
                .map(BalanceGroupEntity::toBalanceGroup)
                .toList());
  }

  /** {@inheritDoc} One set-based delete: a group has no child rows. */
  @Override
  public int deleteOfCustomer(CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    long customer = customerId.value();
    return transactions.write(
        entityManager ->
            BulkDelete.where(entityManager, BalanceGroupEntity.class, "customerId", customer, e -> e.customerId));
  }
}
