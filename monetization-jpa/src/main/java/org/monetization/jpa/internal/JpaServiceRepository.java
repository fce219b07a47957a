package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.monetization.error.ConflictException;
import org.monetization.spi.ServiceRepository;
import org.monetization.subscription.ProvisionedService;
import org.monetization.subscription.SubscriptionId;

/**
 * Provisioned services in {@code mon_service} and its child tables, keyed by service identifier. The
 * primary key keeps identifiers unique, also between concurrent transactions: the second insert of an
 * identifier waits for the transaction holding it, and fails as a unique violation once that one commits;
 * {@link StorageFailures} turns the violation into {@code ConflictException(DUPLICATE)} whether it surfaces
 * at a flush or at the commit. Updates check and bump the version with one conditional {@code UPDATE}.
 * Lists are sorted by identifier in Java, with {@link String#compareTo}, rather than by the database,
 * whose collation may order differently. Thread-safe.
 */
public final class JpaServiceRepository implements ServiceRepository {
  private final JpaTransactions transactions;

  /**
   * Creates the repository.
   *
   * @param transactions the store's transaction boundary
   */
  public JpaServiceRepository(JpaTransactions transactions) {
    this.transactions = requireNonNull(transactions, "transactions");
  }

  @Override
  public ProvisionedService insert(ProvisionedService service) {
    requireNonNull(service, "service");
    ServiceEntity entity = ServiceEntity.of(service, 0);
    return transactions.write(
        entityManager -> {
          // No select first: it would race anyway. The primary key decides, at flush or commit.
          entityManager.persist(entity);
          return entity.toService();
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>The version check and increment is one conditional {@code UPDATE}, which also locks the row until
   * this transaction ends.
   */
  @Override
  public ProvisionedService update(ProvisionedService service) {
    requireNonNull(service, "service");
    String identifier = service.identifier();
    long next = service.version() + 1;
    return transactions.write(
        entityManager -> {
          int bumped =
              entityManager
                  .createQuery(
                      "update ServiceEntity s set s.version = :next"
                          + " where s.identifier = :identifier and s.version = :read")
                  .setParameter("next", next)
                  .setParameter("identifier", identifier)
                  .setParameter("read", service.version())
                  .executeUpdate();
          if (bumped == 0) {
            throw new ConflictException(
                ConflictException.Reason.CONCURRENT_UPDATE,
                "service " + identifier + " was changed since version " + service.version() + " was read");
          }
          ServiceEntity entity = entityManager.find(ServiceEntity.class, identifier);
          entity.version = next; // the bulk update bypassed an instance this transaction may already hold
          entity.copy(service);
          return entity.toService();
        });
  }

  @Override
  public Optional<ProvisionedService> find(String identifier) {
    requireNonNull(identifier, "identifier");
    return transactions.read(
        entityManager ->
            Optional.ofNullable(entityManager.find(ServiceEntity.class, identifier)).map(ServiceEntity::toService));
  }

  @Override
  public List<ProvisionedService> ofSubscription(SubscriptionId subscriptionId) {
    requireNonNull(subscriptionId, "subscriptionId");
    return transactions.read(
        entityManager ->
            entityManager
                .createQuery(
                    "select s from ServiceEntity s where s.subscriptionId = :subscription", ServiceEntity.class)
                .setParameter("subscription", subscriptionId.value())
                .getResultStream()
                .map(ServiceEntity::toService)
                .sorted(Comparator.comparing(ProvisionedService::identifier))
                .toList());
  }

  /**
   * {@inheritDoc}
   *
   * <p>One set-based delete. Hibernate first deletes the rows of each element collection (products, devices,
   * event generators: one statement per table, for the services the delete matches), then the roots; V2's
   * {@code ON DELETE CASCADE} would remove the child rows too. The services are found through V2's index
   * on the subscription.
   */
  @Override
  public int deleteOfSubscription(SubscriptionId subscriptionId) {
    requireNonNull(subscriptionId, "subscriptionId");
    long subscription = subscriptionId.value();
    return transactions.write(
        entityManager ->
            BulkDelete.where(
                entityManager, ServiceEntity.class, "subscriptionId", subscription, e -> e.subscriptionId));
  }
}
