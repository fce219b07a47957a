package org.monetization.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.monetization.testing.RatingTestBed.data;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.monetization.Monetization;
import org.monetization.config.PaymentType;
import org.monetization.notification.CreditProfile;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationDelivery;
import org.monetization.notification.Threshold;
import org.monetization.rating.RatingStatus;
import org.monetization.testing.RatingTestBed;

/** A credit threshold crossed while rating, emailed to the customer's own address through the SDK. */
class EmailNotificationTest {
  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @Test
  void aCrossingDuringRatingIsEmailedOnceToTheCustomer() throws Exception {
    AtomicReference<Monetization> sdk = new AtomicReference<>();
    EmailChannel email = EmailChannel.builder("127.0.0.1").port(SMTP.getSmtp().getPort()).startTls(false)
        .from("billing@example.org")
        .recipientLookup(message -> List.of(sdk.get().customers().get(message.customerId()).account().email()))
        .build();
    RatingTestBed bed = new RatingTestBed(builder -> builder.notificationChannel(email));
    sdk.set(bed.sdk);
    RatingTestBed.Line line = bed.onboard("Mail", "+33633333333", PaymentType.POSTPAID);
    bed.credit(line.groupId(), "DATA_MB", "1000");
    bed.sdk.notifications().defineCreditProfile(new CreditProfile(line.groupId(),
        List.of(Threshold.amount("DATA_MB", new BigDecimal("500"))), List.of(EmailChannel.DEFAULT_NAME)));

    bed.sdk.rating().rateAll(List.of(data("m1", line.identifier(), "300"), data("m2", line.identifier(), "300")));
    var result = bed.sdk.rating().rate(data("m3", line.identifier(), "100"));

    assertThat(result.status()).isEqualTo(RatingStatus.RATED);
    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()).extracting(Address::toString)
        .containsExactly("lucie.mail@example.com");
    assertThat(received[0].getSubject()).isEqualTo("DATA_MB: THRESHOLD_REACHED");
    assertThat(GreenMailUtil.getBody(received[0])).contains("Threshold: 500 (level 500)", "Available: 400");
    List<Notification> notifications = bed.sdk.notifications().notifications(line.groupId());
    assertThat(notifications).hasSize(1);
    assertThat(bed.sdk.notifications().deliveries(notifications.get(0).id()))
        .extracting(NotificationDelivery::status).containsExactly(NotificationDelivery.Status.SENT);
  }
}
