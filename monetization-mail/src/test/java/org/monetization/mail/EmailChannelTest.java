package org.monetization.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.monetization.balance.BalanceGroupId;
import org.monetization.customer.CustomerId;
import org.monetization.error.FieldError;
import org.monetization.error.MonetizationException;
import org.monetization.error.ValidationException;
import org.monetization.notification.Notification;
import org.monetization.notification.NotificationType;
import org.monetization.notification.Threshold;
import org.monetization.spi.NotificationMessage;

/** The email channel against GreenMail's SMTP server on an ephemeral port, and a server that refuses. */
class EmailChannelTest {
  private static final String PASSWORD = "s3cr3t-pa55";

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("billing@example.org", "billing", PASSWORD));

  static NotificationMessage message() {
    Notification notification = new Notification(7, new BalanceGroupId(12), NotificationType.THRESHOLD_REACHED,
        Threshold.percentOf("DATA_MB", new BigDecimal("20"), new BigDecimal("5000")), new BigDecimal("1000.00"),
        new BigDecimal("950"), List.of("email"), Instant.parse("2026-03-10T09:00:00Z"));
    return new NotificationMessage(notification, CustomerId.of(4), "email");
  }

  private static EmailChannel.Builder local() {
    return EmailChannel.builder("127.0.0.1").port(SMTP.getSmtp().getPort()).startTls(false)
        .from("Billing <billing@example.org>").timeout(Duration.ofSeconds(5));
  }

  @Test
  void sendsTheDefaultTemplatesToEveryFixedRecipient() throws Exception {
    EmailChannel channel = local().credentials("billing", PASSWORD)
        .recipients(List.of("ops@example.org", "lucie@example.com")).build();

    channel.send(message());

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(2); // one copy per recipient's mailbox
    MimeMessage mail = received[0];
    assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Address::toString))
        .containsExactly("ops@example.org", "lucie@example.com");
    assertThat(mail.getFrom()).extracting(Address::toString).containsExactly("Billing <billing@example.org>");
    assertThat(mail.getSubject()).isEqualTo("DATA_MB: THRESHOLD_REACHED");
    assertThat(((String) mail.getContent()).replace("\r\n", "\n")).isEqualTo("""
        Notification 7: THRESHOLD_REACHED
        Resource: DATA_MB
        Threshold: 20% of 5000 (level 1000.00)
        Available: 950
        At: 2026-03-10T09:00:00Z""");
  }

  @Test
  void rendersCustomTemplatesForTheLookedUpRecipient() throws Exception {
    EmailChannel channel = local().name("customer-mail")
        .recipientLookup(m -> List.of("customer-" + m.customerId().value() + "@example.com"))
        .subject("Données {resource} — {value} restants")
        .body("Client {customerId}, groupe {groupId}, seuil {threshold}, canal {channel}, {type} à {occurredAt}.")
        .build();

    channel.send(message());

    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertThat(SMTP.getReceivedMessages()).hasSize(1);
    assertThat(mail.getAllRecipients()).extracting(Address::toString).containsExactly("customer-4@example.com");
    assertThat(mail.getSubject()).isEqualTo("Données DATA_MB — 950 restants");
    assertThat(mail.getContent()).isEqualTo(
        "Client 4, groupe 12, seuil 20% of 5000, canal email, THRESHOLD_REACHED à 2026-03-10T09:00:00Z.");
    assertThat(channel.name()).isEqualTo("customer-mail");
  }

  @Test
  void aRefusedMessageIsAFailureThatQuotesNoSecret() throws Exception {
    try (RefusingSmtpServer refusing = new RefusingSmtpServer()) {
      EmailChannel channel = EmailChannel.builder("127.0.0.1").port(refusing.port()).startTls(false)
          .credentials("billing", PASSWORD).from("billing@example.org").recipients(List.of("ops@example.org"))
          .build();

      assertThatThrownBy(() -> channel.send(message()))
          .isInstanceOf(MonetizationException.class)
          .hasMessage("email not sent: SMTPSendFailedException (SMTP 550)")
          .hasNoCause();
      assertThat(refusing.commands).anyMatch(command -> command.startsWith("MAIL FROM"));
      assertThat(channel.toString()).doesNotContain(PASSWORD, "billing@example.org", "ops@example.org");
    }
  }

  @Test
  void wrongCredentialsAreAFailureThatQuotesNoSecret() {
    EmailChannel channel = local().credentials("billing", "wrong-" + PASSWORD)
        .recipients(List.of("ops@example.org")).build();

    assertThatThrownBy(() -> channel.send(message()))
        .isInstanceOf(MonetizationException.class)
        .hasMessage("email not sent: AuthenticationFailedException");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void requiringStartTlsFromAServerWithoutItIsAFailureNotAClearTextDelivery() {
    EmailChannel channel = local().startTls(true).credentials("billing", PASSWORD)
        .recipients(List.of("ops@example.org")).build();

    assertThatThrownBy(() -> channel.send(message()))
        .isInstanceOf(MonetizationException.class)
        .hasMessageStartingWith("email not sent: ")
        .hasMessageNotContaining(PASSWORD);
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void aLookupWithoutAValidAddressIsAFailure() {
    EmailChannel none = local().recipientLookup(m -> List.of()).build();
    EmailChannel invalid = local().recipientLookup(m -> List.of("not an address")).build();

    assertThatThrownBy(() -> none.send(message()))
        .isInstanceOf(MonetizationException.class)
        .hasMessage("email not sent: no recipient for customer 4");
    assertThatThrownBy(() -> invalid.send(message()))
        .isInstanceOf(MonetizationException.class)
        .hasMessage("email not sent: an invalid recipient address for customer 4");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void theBuilderNamesEveryBadField() {
    assertThatThrownBy(() -> EmailChannel.builder(" ").port(0).name("").timeout(Duration.ZERO)
        .credentials(" ", "").from("nobody").recipients(List.of("ok@example.org", "bad address"))
        .subject("{resource}\n{bogus}").body("{value} {nope}").build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("host", "port", "name", "timeout", "username", "password", "from", "recipients[1]",
                "subject", "subject", "body"));
    assertThatThrownBy(() -> EmailChannel.builder(null).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactly("host", "from", "recipients"));
    assertThatThrownBy(() -> local().recipients(List.of()).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("recipients", "must not be empty")));
    assertThatThrownBy(() -> local().recipients(List.of("a@example.org")).recipientLookup(m -> List.of()).build())
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("recipients", "set either a fixed list or a lookup, not both")));
    assertThatThrownBy(() -> local().recipients(List.of("a@example.org")).subject("{bogus}").build())
        .hasMessageContaining("unknown placeholder {bogus}");
  }

  @Test
  void toStringLeavesOutCredentialsAndAddresses() {
    EmailChannel channel = local().credentials("billing", PASSWORD).recipients(List.of("ops@example.org")).build();

    assertThat(channel.toString())
        .startsWith("EmailChannel[name=email, host=127.0.0.1")
        .doesNotContain(PASSWORD, "ops@example.org", "billing");
  }
}
