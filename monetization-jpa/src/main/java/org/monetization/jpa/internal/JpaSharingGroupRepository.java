package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.monetization.customer.CustomerId;
import org.monetization.error.ConflictException;
import org.monetization.sharing.SharingGroup;
import org.monetization.sharing.SharingGroupId;
import org.monetization.spi.SharingGroupRepository;
import org.monetization.subscription.SubscriptionId;

/**
 * Sharing groups in {@code mon_sharing_group} and its child tables, members included. Ids come from the
 * sequence {@value #SEQUENCE}. Updates check and bump the version with one conditional {@code UPDATE}, as
 * {@link JpaSubscriptionRepository#update} does. The unique key on the member subscription id keeps a
 * subscription in one group at most, between concurrent transactions too; its violation is a {@code
 * ConflictException(DUPLICATE)}. Instants are stored to the microsecond and caps must fit the DECIMAL
 * columns (see {@link StoredValues}); {@link #insert} and {@link #update} return the group as stored, which
 * is what later reads return. Thread-safe.
 */
public final class JpaSharingGroupRepository implements SharingGroupRepository {
  /** The sequence sharing group ids come from. */
  public static final String SEQUENCE = "mon_sharing_group_id_seq";

  private final JpaTransactions transactions;
  private final IdSequence ids;

  /**
   * Creates the repository.
   *
   * @param transactions the store's transaction boundary
   * @param ids the sequence {@value #SEQUENCE}
   */
  public JpaSharingGroupRepository(JpaTransactions transactions, IdSequence ids) {
    this.transactions = requireNonNull(transactions, "transactions");
    this.ids = requireNonNull(ids, "ids");
  }

  @Override
  public SharingGroupId nextId() {
    return new SharingGroupId(ids.next(transactions));
  }

  /**
   * {@inheritDoc}
   *
   * <p>A group with members is flushed at once, so that a member subscription taken by another group fails
   * this call, as it does on the in-memory store; a taken id fails at the flush or, at the latest, on commit.
   */
  @Override
  public SharingGroup insert(SharingGroup group) {
    requireNonNull(group, "group");
    SharingGroupEntity entity = SharingGroupEntity.of(group, 0);
    return transactions.write(
        entityManager -> {
          entityManager.persist(entity);
          if (!entity.members.isEmpty()) {
            entityManager.flush();
          }
          return entity.toGroup();
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>The stored version is read first, as this transaction sees it, and must be the one the group was
   * read at; then one conditional {@code UPDATE} checks it against the committed version and locks the
   * row until this transaction ends, so that no other writer slips in before the commit. Both together
   * make the child rows this transaction reads next those of that version, also under MariaDB's
   * repeatable read (whose snapshot may be older than the transaction's first write), so only the rows
   * that differ are written.
   *
   * <p>When the members changed, the writes are flushed at once, for two reasons: a subscription taken by
   * another group fails this call rather than the commit, as on the in-memory store; and the rows of
   * members that left are deleted before any later write of the transaction inserts them into another
   * group (Hibernate orders the statements of one flush by kind of action, not by call, and could send
   * that insert first, tripping the unique key).
   */
  @Override
  public SharingGroup update(SharingGroup group) {
    requireNonNull(group, "group");
    long id = group.id().value();
    long read = group.version();
    long next = read + 1;
    return transactions.write(
        entityManager -> {
          Long seen = storedVersion(entityManager, id);
          if (seen == null || seen != read) {
            throw stale(id, read);
          }
          int bumped =
              entityManager
                  .createQuery(
                      "update SharingGroupEntity g set g.version = :next where g.id = :id and g.version = :read")
                  .setParameter("next", next)
                  .setParameter("id", id)
                  .setParameter("read", read)
                  .executeUpdate();
          if (bumped == 0) {
            throw stale(id, read);
          }
          SharingGroupEntity entity = entityManager.find(SharingGroupEntity.class, id);
          entity.version = next; // the bulk update bypassed an instance this transaction may already hold
          if (entity.copy(group)) {
            entityManager.flush();
          }
          return entity.toGroup();
        });
  }

  private static ConflictException stale(long id, long read) {
    return new ConflictException(
        ConflictException.Reason.CONCURRENT_UPDATE,
        "sharing group " + id + " was changed since version " + read + " was read, or is not stored");
  }

  /** Returns the group's version as this transaction sees it, or null when the group is not stored. */
  private static @Nullable Long storedVersion(EntityManager entityManager, long id) {
    List<Long> versions =
        entityManager
            .createQuery("select g.version from SharingGroupEntity g where g.id = :id", Long.class)
            .setParameter("id", id)
            .getResultList();
    return versions.isEmpty() ? null : versions.get(0);
  }

  @Override
  public Optional<SharingGroup> find(SharingGroupId id) {
    requireNonNull(id, "id");
    return transactions.read(
        entityManager ->
            Optional.ofNullable(entityManager.find(SharingGroupEntity.class, id.value()))
                .map(SharingGroupEntity::toGroup));
  }

  @Override
  public List<SharingGroup> ofOwner(CustomerId ownerId) {
    requireNonNull(ownerId, "ownerId");
    return transactions.read(
        entityManager ->
            entityManager
                .createQuery(
                    "select g from SharingGroupEntity g where g.ownerCustomerId = :owner order by g.id",
                    SharingGroupEntity.class)
                .setParameter("owner", ownerId.value())
                .getResultStream()
                .map(SharingGroupEntity::toGroup)
                .toList());
  }

  @Override
  public Optional<SharingGroup> ofMember(SubscriptionId subscriptionId) {
    requireNonNull(subscriptionId, "subscriptionId");
    return transactions.read(
        entityManager ->
            entityManager
                .createQuery(
                    "select g from SharingGroupEntity g join g.members m where key(m) = :subscription",
                    SharingGroupEntity.class)
                .setParameter("subscription", subscriptionId.value())
                .getResultStream()
                .findFirst()
                .map(SharingGroupEntity::toGroup));
  }

  /**
   * {@inheritDoc}
   *
   * <p>One set-based delete by the key, sent at once: the members' rows are gone before any later write of
   * the transaction adds their subscriptions to another group. Hibernate first deletes the rows of each
   * element collection (resources, caps, members: one statement per table), then the root; V6's {@code ON
   * DELETE CASCADE} would remove the child rows too.
   */
  @Override
  public boolean delete(SharingGroupId id) {
    requireNonNull(id, "id");
    long group = id.value();
    return transactions.write(
        entityManager ->
            BulkDelete.where(entityManager, SharingGroupEntity.class, "id", group, e -> e.id)
                > 0);
  }
}
