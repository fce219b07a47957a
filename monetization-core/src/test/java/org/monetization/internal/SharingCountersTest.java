package org.monetization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.monetization.sharing.SharingGroupId;
import org.monetization.subscription.SubscriptionId;

class SharingCountersTest {
  private static final SharingGroupId GROUP = new SharingGroupId(12);
  private static final SubscriptionId MEMBER = new SubscriptionId(3);

  @Test
  void aKeyIsOfItsGroupAndMemberWhateverTheResourceAndOfNoOther() {
    assertThat(SharingCounters.key(GROUP, MEMBER, "DATA_MB")).isEqualTo("sharing/12/3/DATA_MB");
    assertThat(SharingCounters.isOf(SharingCounters.key(GROUP, MEMBER, "DATA_MB"), GROUP, MEMBER)).isTrue();
    assertThat(SharingCounters.isOf(SharingCounters.key(GROUP, MEMBER, "EUR/roaming"), GROUP, MEMBER)).isTrue();

    assertThat(SharingCounters.isOf(SharingCounters.key(GROUP, new SubscriptionId(34), "DATA_MB"), GROUP, MEMBER))
        .as("member 34 is not member 3").isFalse();
    assertThat(SharingCounters.isOf(SharingCounters.key(new SharingGroupId(1), MEMBER, "DATA_MB"), GROUP, MEMBER))
        .isFalse();
    assertThat(SharingCounters.isOf(SharingCounters.key(new SharingGroupId(123), MEMBER, "DATA_MB"), GROUP, MEMBER))
        .isFalse();
    assertThat(SharingCounters.isOf("+33612345678/DATA", GROUP, MEMBER)).as("a service's own counter").isFalse();
  }
}
