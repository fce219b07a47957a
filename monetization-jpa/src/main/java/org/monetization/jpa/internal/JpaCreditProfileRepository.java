package org.monetization.jpa.internal;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.monetization.balance.BalanceGroupId;
import org.monetization.notification.CreditProfile;
import org.monetization.spi.CreditProfileRepository;

/**
 * Credit profiles in {@code mon_credit_profile}, one row per group keyed by the group id: the lookup every
 * balance-changing command makes per changed group is one primary-key read. Thread-safe.
 */
public final class JpaCreditProfileRepository implements CreditProfileRepository {
  private final JpaTransactions transactions;

  /**
   * Creates the repository.
   *
   * @param transactions the store's transaction boundary
   */
  public JpaCreditProfileRepository(JpaTransactions transactions) {
    this.transactions = requireNonNull(transactions, "transactions");
  }

  @Override
  public Optional<CreditProfile> find(BalanceGroupId groupId) {
    requireNonNull(groupId, "groupId");
    return transactions.read(entityManager ->
        Optional.ofNullable(entityManager.find(CreditProfileEntity.class, groupId.value()))
            .map(CreditProfileEntity::toProfile));
  }

  @Override
  public void save(CreditProfile profile) {
    requireNonNull(profile, "profile");
    transactions.write(entityManager -> {
      CreditProfileEntity stored = entityManager.find(CreditProfileEntity.class, profile.groupId().value());
      if (stored == null) {
        entityManager.persist(CreditProfileEntity.of(profile));
      } else {
        stored.content = CreditProfileEntity.json(profile);
      }
      return null;
    });
  }

  @Override
  public void delete(BalanceGroupId groupId) {
    requireNonNull(groupId, "groupId");
    transactions.write(entityManager -> {
      CreditProfileEntity stored = entityManager.find(CreditProfileEntity.class, groupId.value());
      if (stored != null) {
        entityManager.remove(stored);
      }
      return null;
    });
  }
}
