package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.monetization.customer.CustomerId;
import org.monetization.error.ConflictException;
import org.monetization.spi.SubscriptionRepository;
import org.monetization.subscription.Subscription;
import org.monetization.subscription.SubscriptionId;

/**
 * Subscriptions in {@code mon_subscription} and its child tables. Ids come from the sequence
 * {@value #SEQUENCE}. Updates check and bump the version with one conditional {@code UPDATE}, as
 * {@link JpaCustomerRepository#update} does. Instants are stored to the microsecond and numbers must fit
 * the DECIMAL columns (see {@link StoredValues}); {@link #insert} and {@link #update} return the
 * subscription as stored, which is what later reads return. Thread-safe.
 */
public final class JpaSubscriptionRepository implements SubscriptionRepository {
  /** The sequence subscription ids come from. */
  public static final String SEQUENCE = "mon_subscription_id_seq";

  private final JpaTransactions transactions;
  private final IdSequence ids;

  /**
   * Creates the repository.
   *
   * @param transactions the store's transaction boundary
   * @param ids the sequence {@value #SEQUENCE}
   */
  public JpaSubscriptionRepository(JpaTransactions transactions, IdSequence ids) {
    this.transactions = requireNonNull(transactions, "transactions");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public SubscriptionId nextId() {
    return new SubscriptionId(ids.next(transactions));
  }

  @Override
  public Subscription insert(Subscription subscription) {
    requireNonNull(subscription, "subscription");
    SubscriptionEntity entity = SubscriptionEntity.of(subscription, 0);
    return transactions.write(
        entityManager -> {
          // A taken id surfaces as a unique key violation when the insert is flushed, at the latest on
          // commit: ConflictException(DUPLICATE) from StorageFailures.
          entityManager.persist(entity);
          return entity.toSubscription();
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>The version check and increment is one conditional {@code UPDATE}: it fails when another
   * transaction committed a newer version, and it locks the row until this transaction ends, so that no
   * other writer can slip in between the check and the commit.
   */
  @Override
  public Subscription update(Subscription subscription) {
    requireNonNull(subscription, "subscription");
    long id = subscription.id().value();
    long next = subscription.version() + 1;
    return transactions.write(
        entityManager -> {
          int bumped =
              entityManager
                  .createQuery(
                      "update SubscriptionEntity s set s.version = :next where s.id = :id and s.version = :read")
                  .setParameter("next", next)
                  .setParameter("id", id)
                  .setParameter("read", subscription.version())
                  .executeUpdate();
          if (bumped == 0) {
            throw new ConflictException(
                ConflictException.Reason.CONCURRENT_UPDATE,
                "subscription " + id + " was changed since version " + subscription.version() + " was read");
          }
          SubscriptionEntity entity = entityManager.find(SubscriptionEntity.class, id);
          entity.version = next; // the bulk update bypassed an instance this transaction may already hold
          entity.copy(subscription);
          return entity.toSubscription();
        });
  }

  @Override
  public Optional<Subscription> find(SubscriptionId id) {
    requireNonNull(id, "id");
    return transactions.read(
        entityManager ->
            Optional.ofNullable(entityManager.find(SubscriptionEntity.class, id.value()))
                .map(SubscriptionEntity::toSubscription));
  }

  @Override
  public List<Subscription> ofCustomer(CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    return transactions.read(
        entityManager ->
            entityManager
                .createQuery(
                    "select s from SubscriptionEntity s where s.customerId = :customer order by s.id",
                    SubscriptionEntity.class)
                .setParameter("customer", customerId.value())
                .getResultStream()
                .map(SubscriptionEntity::toSubscription)
                .toList());
  }

  /**
   * {@inheritDoc}
   *
   * <p>One set-based delete through the index on the customer. Hibernate first deletes the rows of each
   * element collection (product lines, coupon codes, pending charges: one statement per table, for the
   * subscriptions the delete matches), then the roots; V2's {@code ON DELETE CASCADE} would remove the
   * child rows too.
   */
  @Override
  public int deleteOfCustomer(CustomerId customerId) {
    requireNonNull(customerId, "customerId");
    long customer = customerId.value();
    return transactions.write(
        entityManager ->
            BulkDelete.where(entityManager, SubscriptionEntity.class, "customerId", customer, e -> e.customerId));
  }
}
