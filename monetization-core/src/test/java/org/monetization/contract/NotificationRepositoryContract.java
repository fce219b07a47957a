package org.monetization.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.balance.BalanceGroup;
import org.monetization.error.ConflictException;
import org.monetization.notification.CreditProfile;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.notification.NotificationType;
import org.monetization.notification.Threshold;

/** What every store must do with credit profiles, notifications and their deliveries. */
public abstract class NotificationRepositoryContract extends StoreContractSupport {

  private static CreditProfile profile(BalanceGroup group) {
    return new CreditProfile(group.id(), List.of(
        Threshold.percentOf("DATA_MB", new BigDecimal("20.5"), new BigDecimal("5000")),
        Threshold.amount("EUR", new BigDecimal("5.0000")),
        Threshold.amount("DATA_MB", BigDecimal.ZERO)), List.of("webhook", "sms"));
  }

  private Notification notification(BalanceGroup group, long id, String value) {
    return new Notification(id, group.id(), NotificationType.THRESHOLD_REACHED,
        Threshold.percentOf("DATA_MB", new BigDecimal("20.5"), new BigDecimal("5000")), new BigDecimal("1025.000"),
        new BigDecimal(value), List.of("webhook", "sms"), T0.plusSeconds(id));
  }

  @Test
  void aProfileIsStoredReplacedAndDeleted() {
    BalanceGroup group = group(customer());
    BalanceGroup other = group(customer());
    CreditProfile first = profile(group);

    tx(() -> {
      store.creditProfiles().save(first);
      return null;
    });
    assertThat(store.creditProfiles().find(group.id())).contains(first);
    assertThat(store.creditProfiles().find(other.id())).isEmpty();

    CreditProfile replaced = new CreditProfile(group.id(), List.of(Threshold.amount("EUR", BigDecimal.ONE)),
        List.of("sms"));
    tx(() -> {
      store.creditProfiles().save(replaced);
      return null;
    });
    assertThat(store.creditProfiles().find(group.id())).contains(replaced);

    tx(() -> {
      store.creditProfiles().delete(group.id());
      store.creditProfiles().delete(other.id());
      return null;
    });
    assertThat(store.creditProfiles().find(group.id())).isEmpty();
  }

  @Test
  void aRolledBackProfileSaveLeavesThePreviousProfile() {
    BalanceGroup group = group(customer());
    CreditProfile first = profile(group);
    tx(() -> {
      store.creditProfiles().save(first);
      return null;
    });

    assertThatThrownBy(() -> tx(() -> {
      store.creditProfiles().save(new CreditProfile(group.id(), List.of(Threshold.amount("EUR", BigDecimal.ONE)),
          List.of("sms")));
      throw new IllegalStateException("fail after writing");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.creditProfiles().find(group.id())).contains(first);
  }

  @Test
  void notificationsAreKeptPerGroupInIdOrderAndReadBackEqual() {
    BalanceGroup group = group(customer());
    BalanceGroup other = group(customer());
    long firstId = tx(() -> store.notifications().nextId());
    long secondId = tx(() -> store.notifications().nextId());
    assertThat(secondId).isGreaterThan(firstId);
    Notification first = notification(group, firstId, "1000");
    Notification exhausted = new Notification(secondId, group.id(), NotificationType.EXHAUSTED,
        Threshold.amount("EUR", new BigDecimal("0.0000")), new BigDecimal("0.0000"), new BigDecimal("-0.5000"),
        List.of("sms"), T0.plusSeconds(60));
    tx(() -> {
      store.notifications().insert(exhausted);
      store.notifications().insert(first);
      return null;
    });

    assertThat(store.notifications().ofGroup(group.id())).containsExactly(first, exhausted);
    assertThat(store.notifications().ofGroup(other.id())).isEmpty();
    assertThatThrownBy(() -> tx(() -> {
      store.notifications().insert(first);
      return null;
    })).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
  }

  @Test
  void aRolledBackNotificationLeavesNoTrace() {
    BalanceGroup group = group(customer());
    long id = tx(() -> store.notifications().nextId());

    assertThatThrownBy(() -> tx(() -> {
      store.notifications().insert(notification(group, id, "900"));
      throw new IllegalStateException("fail after writing");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(store.notifications().ofGroup(group.id())).isEmpty();
  }

  @Test
  void oneDeliveryPerNotificationAndChannel() {
    BalanceGroup group = group(customer());
    long id = tx(() -> store.notifications().nextId());
    Notification notification = notification(group, id, "900");
    NotificationDelivery sent = new NotificationDelivery(id, "webhook", NotificationDelivery.Status.SENT, null,
        T0.plusSeconds(90));
    NotificationDelivery failed = new NotificationDelivery(id, "sms", NotificationDelivery.Status.FAILED,
        "IllegalStateException: gateway down", T0.plusSeconds(91));
    tx(() -> {
      store.notifications().insert(notification);
      store.notifications().insertDelivery(sent);
      store.notifications().insertDelivery(failed);
      return null;
    });

    assertThat(store.notifications().deliveries(id)).containsExactly(failed, sent);
    assertThat(store.notifications().deliveries(id + 1)).isEmpty();
    assertThatThrownBy(() -> tx(() -> {
      store.notifications().insertDelivery(sent);
      return null;
    })).isInstanceOfSatisfying(ConflictException.class,
        e -> assertThat(e.reason()).isEqualTo(ConflictException.Reason.DUPLICATE));
  }
}
