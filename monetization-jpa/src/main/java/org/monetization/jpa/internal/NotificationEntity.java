package org.monetization.jpa.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.monetization.balance.BalanceGroupId;
import org.monetization.error.MonetizationException;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationType;
import org.monetization.notification.Threshold;

/**
 * A recorded notification: a row of {@code mon_notification}, never changed once inserted. Numbers are held
 * at the DECIMAL columns' scale, each with its own scale beside it; the channel names are a JSON array.
 */
@Entity
@Table(name = "mon_notification")
class NotificationEntity {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<String>> NAMES = new TypeReference<>() {};

  @Id
  @Column(name = "id")
  long id;

  @Column(name = "group_id", nullable = false)
  long groupId;

  @Column(name = "notification_type", nullable = false, length = 32)
  String type = "";

  @Column(name = "resource", nullable = false, length = 40)
  String resource = "";

  @Column(name = "threshold_kind", nullable = false, length = 32)
  String thresholdKind = "";

  @Column(name = "threshold_value", nullable = false, precision = StoredValues.DECIMAL_PRECISION,
      scale = StoredValues.DECIMAL_SCALE)
  BigDecimal thresholdValue = BigDecimal.ZERO;

  @Column(name = "threshold_value_scale", nullable = false)
  int thresholdValueScale;

  @Column(name = "threshold_limit", precision = StoredValues.DECIMAL_PRECISION, scale = StoredValues.DECIMAL_SCALE)
  @Nullable BigDecimal thresholdLimit;

  @Column(name = "threshold_limit_scale")
  @Nullable Integer thresholdLimitScale;

  @Column(name = "level_amount", nullable = false, precision = StoredValues.DECIMAL_PRECISION,
      scale = StoredValues.DECIMAL_SCALE)
  BigDecimal level = BigDecimal.ZERO;

  @Column(name = "level_scale", nullable = false)
  int levelScale;

  @Column(name = "value_amount", nullable = false, precision = StoredValues.DECIMAL_PRECISION,
      scale = StoredValues.DECIMAL_SCALE)
  BigDecimal value = BigDecimal.ZERO;

  @Column(name = "value_scale", nullable = false)
  int valueScale;

  @Column(name = "channels", nullable = false, length = 4000)
  String channels = "[]";

  @Column(name = "occurred_at", nullable = false)
  Instant occurredAt = Instant.EPOCH;

  static NotificationEntity of(Notification notification) {
    NotificationEntity entity = new NotificationEntity();
    Threshold threshold = notification.threshold();
    entity.id = notification.id();
    entity.groupId = notification.groupId().value();
    entity.type = notification.type().name();
    entity.resource = threshold.resource();
    entity.thresholdKind = threshold.kind().name();
    entity.thresholdValue = StoredValues.decimal(threshold.value());
    entity.thresholdValueScale = threshold.value().scale();
    BigDecimal limit = threshold.limit();
    entity.thresholdLimit = limit == null ? null : StoredValues.decimal(limit);
    entity.thresholdLimitScale = limit == null ? null : limit.scale();
    entity.level = StoredValues.decimal(notification.level());
    entity.levelScale = notification.level().scale();
    entity.value = StoredValues.decimal(notification.value());
    entity.valueScale = notification.value().scale();
    try {
      entity.channels = MAPPER.writeValueAsString(notification.channels());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of texts always serialises", e);
    }
    entity.occurredAt = StoredValues.instant(notification.occurredAt());
    return entity;
  }

  Notification toNotification() {
    BigDecimal limit = thresholdLimit == null || thresholdLimitScale == null
        ? null
        : StoredValues.decimal(thresholdLimit, thresholdLimitScale);
    Threshold threshold = new Threshold(resource, Threshold.Kind.valueOf(thresholdKind),
        StoredValues.decimal(thresholdValue, thresholdValueScale), limit);
    List<String> names;
    try {
      names = MAPPER.readValue(channels, NAMES);
    } catch (JsonProcessingException e) {
      throw new MonetizationException("storage failure: the channels of notification " + id + " are unreadable");
    }
    return new Notification(id, new BalanceGroupId(groupId), NotificationType.valueOf(type), threshold,
        StoredValues.decimal(level, levelScale), StoredValues.decimal(value, valueScale), names, occurredAt);
  }

  @Override
  public String toString() {
    return "NotificationEntity[id=" + id + "]";
  }
}
