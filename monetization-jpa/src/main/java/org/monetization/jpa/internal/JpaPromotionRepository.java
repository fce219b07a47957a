package org.monetization.jpa.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.monetization.error.ConflictException;
import org.monetization.spi.PromotionRepository;
import org.monetization.subscription.SubscriptionId;

/**
 * Promotion redemptions in {@code mon_promotion_redemption}, one row per redemption under the primary key
 * (code, number). {@link #redeem} writes its row at once rather than at commit, so that a number already
 * taken is reported by the call itself, as the SPI requires, with the reason {@code CONCURRENT_UPDATE}
 * (the command is then retried, and sees the other redemption), never as a {@code DUPLICATE} at commit.
 * Thread-safe.
 */
public final class JpaPromotionRepository implements PromotionRepository {
  private final JpaTransactions transactions;

  /**
   * Creates the repository.
   *
   * @param transactions the store's transaction boundary
   */
  public JpaPromotionRepository(JpaTransactions transactions) {
    this.transactions = requireNonNull(transactions, "transactions");
  }

  @Override
  public int redemptions(String code) {
    requireNonNull(code, "code");
    return transactions.read(
        entityManager ->
            Math.toIntExact(
                entityManager
                    .createQuery("select count(r) from RedemptionEntity r where r.key.code = :code", Long.class)
                    .setParameter("code", code)
                    .getSingleResult()));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The transaction's earlier writes are flushed first, so that their own failures (a taken service
   * identifier, say) keep their meaning; then the redemption's row is inserted and flushed alone. A
   * concurrent transaction that inserted the same row first makes this insert wait for it, and fail once
   * it commits.
   */
  @Override
  public void redeem(String code, int sequence, SubscriptionId subscriptionId, Instant at) {
    requireNonNull(code, "code");
    requireNonNull(subscriptionId, "subscriptionId");
    requireNonNull(at, "at");
    checkArgument(sequence >= 1, "the redemption number must be positive: %s", sequence);
    RedemptionEntity entity = RedemptionEntity.of(code, sequence, subscriptionId.value(), at);
    transactions.write(
        entityManager -> {
          entityManager.flush();
          try {
            entityManager.persist(entity);
            entityManager.flush();
          } catch (RuntimeException e) {
            RuntimeException failure = StorageFailures.translate(e);
            if (failure instanceof ConflictException conflict
                && conflict.reason() == ConflictException.Reason.DUPLICATE) {
              throw new ConflictException(
                  ConflictException.Reason.CONCURRENT_UPDATE,
                  "promotion code " + code + " was redeemed concurrently: redemption " + sequence + " is taken");
            }
            throw failure;
          }
          return null;
        });
  }
}
