package org.monetization.jpa.internal;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.monetization.notification.NotificationDelivery;

/** The outcome of sending a notification through a channel: a row of {@code mon_notification_delivery}. */
@Entity
@Table(name = "mon_notification_delivery")
class NotificationDeliveryEntity {
  @EmbeddedId
  NotificationDeliveryKey key = new NotificationDeliveryKey(0, "");

  @Column(name = "status", nullable = false, length = 16)
  String status = "";

  @Column(name = "detail", length = 1000)
  @Nullable String detail;

  @Column(name = "delivered_at", nullable = false)
  Instant deliveredAt = Instant.EPOCH;

  static NotificationDeliveryEntity of(NotificationDelivery delivery) {
    NotificationDeliveryEntity entity = new NotificationDeliveryEntity();
    entity.key = new NotificationDeliveryKey(delivery.notificationId(), delivery.channel());
    entity.status = delivery.status().name();
    entity.detail = delivery.detail();
    entity.deliveredAt = StoredValues.instant(delivery.at());
    return entity;
  }

  NotificationDelivery toDelivery() {
    return new NotificationDelivery(key.notificationId(), key.channel(),
        NotificationDelivery.Status.valueOf(status), detail, deliveredAt);
  }

  @Override
  public String toString() {
    return "NotificationDeliveryEntity[" + key.notificationId() + "/" + key.channel() + "]";
  }
}
