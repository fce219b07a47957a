package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.monetization.balance.Adjustment;
import org.monetization.balance.BalanceGroupId;
import org.monetization.spi.AdjustmentRepository;

/**
 * The adjustment ledger in {@code mon_adjustment}: rows are inserted, never changed. Ids come from the
 * sequence {@value #SEQUENCE}; a taken id is detected by the primary key when the insert is flushed, at the
 * latest on commit ({@code ConflictException(DUPLICATE)}). A group's entries are read in id order through
 * the index on (group, id). Thread-safe.
 */
public final class JpaAdjustmentRepository implements AdjustmentRepository {
  /** The sequence ledger entry ids come from. */
  public static final String SEQUENCE = "mon_adjustment_id_seq";

  private final JpaTransactions transactions;
  private final IdSequence ids;

  /**
   * Creates the repository.
   *
   * @param transactions the store's transaction boundary
   * @param ids the sequence {@value #SEQUENCE}
   */
  public JpaAdjustmentRepository(JpaTransactions transactions, IdSequence ids) {
    this.transactions = requireNonNull(transactions, "transactions");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public long nextId() {
    return ids.next(transactions);
  }

  @Override
  public void insert(Adjustment adjustment) {
    requireNonNull(adjustment, "adjustment");
    AdjustmentEntity entity = AdjustmentEntity.of(adjustment);
    transactions.write(
        entityManager -> {
          entityManager.persist(entity);
          return null;
        });
  }

  @Override
  public List<Adjustment> ofGroup(BalanceGroupId groupId) {
    requireNonNull(groupId, "groupId");
    return transactions.read(
        entityManager ->
            entityManager
                .createQuery(
                    "select a from AdjustmentEntity a where a.groupId = :group order by a.id", AdjustmentEntity.class)
                .setParameter("group", groupId.value())
                .getResultStream()
                .map(AdjustmentEntity::toAdjustment)
                .toList());
  }

  /** {@inheritDoc} One set-based delete through the index on (group, id). */
  @Override
  public int deleteOfGroup(BalanceGroupId groupId) {
    requireNonNull(groupId, "groupId");
    long group = groupId.value();
    return transactions.write(
        entityManager ->
            BulkDelete.where(entityManager, AdjustmentEntity.class, "groupId", group, e -> e.groupId));
  }
}
