package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.monetization.billing.BillingProfile;
import org.monetization.billing.BillingProfileId;
import org.monetization.customer.CustomerId;
import org.monetization.spi.BillingProfileRepository;

/**
 * Billing profiles in {@code mon_billing_profile}. Ids come from the sequence {@value #SEQUENCE}; a taken id
 * is detected by the primary key when the insert is flushed, at the latest on commit. Instants are stored
 * to the microsecond. Thread-safe.
 */
public final class JpaBillingProfileRepository implements BillingProfileRepository {
  /** The sequence billing profile ids come from. */
  public static final String SEQUENCE = "mon_billing_profile_id_seq";

  private final JpaTransactions transactions;
  private final IdSequence ids;

  /**
   * Creates the repository.
   *
   * @param transactions the store's transaction boundary
   * @param ids the sequence {@value #SEQUENCE}
   */
  public JpaBillingProfileRepository(JpaTransactions transactions, IdSequence ids) {
    this.transactions = requireNonNull(transactions, "transactions");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public BillingProfileId nextId() {
    return new BillingProfileId(ids.next(transactions));
  }

  @Override
  public void insert(BillingProfile profile) {
    requireNonNull(profile, "profile");
    BillingProfileEntity entity = BillingProfileEntity.of(profile);
    transactions.write(
        entityManager -> {
          entityManager.persist(entity);
          return null;
        });
  }

  @Override
  public Optional<BillingProfile> find(BillingProfileId id) {
    requireNonNull(id, "id");
    return transactions.read(
        entityManager ->
            Optional.ofNullable(entityManager.find(BillingProfileEntity.class, id.value()))
                .map(BillingProfileEntity::toBillingProfile));
  }

  @Override
  public List<BillingProfile> ofCustomer(CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    return transactions.read(
        entityManager ->
            entityManager
                .createQuery(
                    "select p from BillingProfileEntity p where p.customerId = :customer order by p.id",
                    BillingProfileEntity.class)
                .setParameter("customer", customerId.value())
                .getResultStream()
                .map(BillingProfileEntity::toBillingProfile)
                .toList());
  }

  /** {@inheritDoc} One set-based delete: a profile has no child rows. */
  @Override
  public int deleteOfCustomer(CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    long customer = customerId.value();
    return transactions.write(
        entityManager ->
            BulkDelete.where(entityManager, BillingProfileEntity.class, "customerId", customer, e -> e.customerId));
  }
}
