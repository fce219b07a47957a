package org.monetization.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monetization.testing.RatingTestBed.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.monetization.config.PaymentType;
import org.monetization.testing.RatingTestBed;

/** The SMS example channel, wired like a host would wire it. */
class SmsChannelExampleTest {

  @Test
  void textsTheCustomerWhenDataRunsLowAndOut() {
    List<String> texts = new ArrayList<>();
    SmsChannelExample sms = new SmsChannelExample((phone, body) -> texts.add(phone + " " + body), id -> "+336" + id.value());
    RatingTestBed bed = new RatingTestBed(builder -> builder.notificationChannel(sms));
    RatingTestBed.Line line = bed.onboard("Sms", "+33633333333", PaymentType.POSTPAID);
    bed.credit(line.groupId(), "DATA_MB", "1000");
    bed.sdk.notifications().defineCreditProfile(new CreditProfile(line.groupId(),
        List.of(Threshold.amount("DATA_MB", new BigDecimal("100")), Threshold.amount("DATA_MB", BigDecimal.ZERO)),
        List.of("sms")));
    long customer = line.onboarded().customer().id().value();

    bed.sdk.rating().rate(data("s1", line.identifier(), "950"));
    bed.sdk.rating().rate(data("s2", line.identifier(), "80"));

    assertThat(texts).containsExactly(
        "+336" + customer + " Il vous reste 50 DATA_MB.",
        "+336" + customer + " Votre solde DATA_MB est épuisé.");
  }
}
