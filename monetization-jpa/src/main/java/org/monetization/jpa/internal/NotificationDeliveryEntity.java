package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.monetization.notification.NotificationDelivery;

/**
 * The delivery of a notification through a channel: a row of {@code mon_notification_delivery}, inserted
 * pending with the notification and changed by the conditional updates of {@link JpaNotificationRepository}.
 * {@code delivered_at} holds {@link NotificationDelivery#at()}, the time the delivery took its status (its
 * name is from V5, when every row was an ended attempt).
 */
@Entity
@Table(name = "mon_notification_delivery")
class NotificationDeliveryEntity {
  @EmbeddedId
  NotificationDeliveryKey key = new NotificationDeliveryKey(0, "");

  @Column(name = "status", nullable = false, length = 16)
  String status = "";

  @Column(name = "detail", length = 1000)
  @Nullable String detail;

  @Column(name = "attempts", nullable = false)
  int attempts;

  @Column(name = "delivered_at", nullable = false)
  Instant deliveredAt = Instant.EPOCH;

  @Column(name = "lease_until")
  @Nullable Instant leaseUntil;

  @Column(name = "retry_at")
  @Nullable Instant retryAt;

  static NotificationDeliveryEntity of(NotificationDelivery delivery) {
    NotificationDeliveryEntity entity = new NotificationDeliveryEntity();
    entity.key = new NotificationDeliveryKey(delivery.notificationId(), delivery.channel());
    entity.status = delivery.status().name();
    entity.attempts = delivery.attempts();
    entity.detail = delivery.detail();
    entity.deliveredAt = StoredValues.instant(delivery.at());
    entity.leaseUntil = StoredValues.nullableInstant(delivery.leaseUntil());
    entity.retryAt = StoredValues.nullableInstant(delivery.retryAt());
    return entity;
  }

  NotificationDelivery toDelivery() {
    return new NotificationDelivery(key.notificationId(), key.channel(),
        NotificationDelivery.Status.valueOf(status), attempts, detail, deliveredAt, leaseUntil, retryAt);
  }

  @Override
  public String toString() {
    return "NotificationDeliveryEntity[" + key.notificationId() + "/" + key.channel() + "]";
  }
}
