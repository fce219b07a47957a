package org.monetization.mail;

import static java.util.Objects.requireNonNull;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.jspecify.annotations.Nullable;
import org.monetization.error.FieldErrors;
import org.monetization.error.MonetizationException;
import org.monetization.error.ValidationException;
import org.monetization.spi.NotificationChannel;
import org.monetization.spi.NotificationMessage;

/**
 * A {@link NotificationChannel} that emails each notification as one plain-text message over SMTP (CFG-8's
 * email channel), through Eclipse Angus Mail. Recipients are a fixed list or looked up per message, for
 * example the customer's contact address; subject and body are templates with {@code {placeholder}} fields.
 * A refusal by the server, a timeout, a connection or authentication failure, or a lookup giving no valid
 * address is thrown as a {@link MonetizationException} whose message names neither the server, the
 * addresses nor the credentials: the failure's type and, if the server answered, its reply code, such as
 * {@code email not sent: SMTPSendFailedException (SMTP 550)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * Monetization.builder().notificationChannel(EmailChannel.builder("smtp.example.org")
 *     .port(587)
 *     .credentials("billing", password)
 *     .from("billing@example.org")
 *     .recipientLookup(message -> List.of(contactEmailOf(message.customerId())))
 *     .subject("{resource}: {type}")
 *     .build());
 * }</pre>
 *
 * <p>Template fields: {@code {notificationId} {type} {customerId} {groupId} {resource} {threshold} {level}
 * {value} {occurredAt} {channel}}. {@code {threshold}} reads {@code 500} for a fixed amount and
 * {@code 20% of 5000} for a percentage of a limit; amounts are exact, in plain notation.
 */
public final class EmailChannel implements NotificationChannel {
  /** The name credit profiles use for an email channel unless another is set. */
  public static final String DEFAULT_NAME = "email";

  /** The SMTP port unless another is set: message submission, with STARTTLS. */
  public static final int DEFAULT_PORT = 587;

  /** How long connecting, and each read or write on the connection, may take unless another is set. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** The subject template unless another is set. */
  public static final String DEFAULT_SUBJECT = "{resource}: {type}";

  /** The body template unless another is set. */
  public static final String DEFAULT_BODY = """
      Notification {notificationId}: {type}
      Resource: {resource}
      Threshold: {threshold} (level {level})
      Available: {value}
      At: {occurredAt}""";

  private final String name;
  private final String host;
  private final int port;
  private final boolean startTls;
  private final Duration timeout;
  private final @Nullable String username;
  private final @Nullable String password;
  private final InternetAddress from;
  private final Function<NotificationMessage, List<String>> recipients;
  private final MailTemplate subject;
  private final MailTemplate body;
  private final Session session;

  private EmailChannel(Builder builder, InternetAddress from) {
    this.name = builder.name;
    this.host = requireNonNull(builder.host);
    this.port = builder.port;
    this.startTls = builder.startTls;
    this.timeout = builder.timeout;
    this.username = builder.username;
    this.password = builder.password;
    this.from = from;
    this.recipients = builder.fixedRecipients != null
        ? constant(List.copyOf(builder.fixedRecipients))
        : requireNonNull(builder.recipientLookup);
    this.subject = new MailTemplate(builder.subject);
    this.body = new MailTemplate(builder.body);
    this.session = Session.getInstance(properties());
  }

  private static Function<NotificationMessage, List<String>> constant(List<String> addresses) {
    return message -> addresses;
  }

  private Properties properties() {
    String millis = Long.toString(timeout.toMillis());
    Properties properties = new Properties();
    properties.setProperty("mail.transport.protocol", "smtp");
    properties.setProperty("mail.smtp.host", host);
    properties.setProperty("mail.smtp.port", Integer.toString(port));
    properties.setProperty("mail.smtp.connectiontimeout", millis);
    properties.setProperty("mail.smtp.timeout", millis);
    properties.setProperty("mail.smtp.writetimeout", millis);
    properties.setProperty("mail.smtp.auth", Boolean.toString(username != null));
    // Required, not merely enabled: a server that does not offer STARTTLS must not receive the password in clear.
    properties.setProperty("mail.smtp.starttls.enable", Boolean.toString(startTls));
    properties.setProperty("mail.smtp.starttls.required", Boolean.toString(startTls));
    properties.setProperty("mail.smtp.ssl.checkserveridentity", "true");
    return properties;
  }

  /**
   * Returns a builder of a channel sending through the SMTP server.
   *
   * @param host the server's host name or address; checked by {@link Builder#build()}
   * @return the builder
   */
  public static Builder builder(@Nullable String host) {
    return new Builder(host);
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * Emails the message to its recipients: subject and body rendered from the templates, text in UTF-8.
   *
   * @param message what to send
   * @throws MonetizationException if the recipient lookup gives no address or an invalid one, or the server
   *     cannot be reached, does not answer in time, refuses the credentials, the sender, a recipient or the
   *     message; the message names neither the server, the addresses nor the credentials
   */
  @Override
  public void send(NotificationMessage message) {
    MimeMessage mail = new MimeMessage(session);
    try {
      mail.setFrom(from);
      mail.setRecipients(Message.RecipientType.TO, MailAddresses.recipients(recipients, message));
      mail.setSubject(subject.render(message), "UTF-8");
      mail.setText(body.render(message), "UTF-8");
      if (username != null) {
        Transport.send(mail, username, password);
      } else {
        Transport.send(mail);
      }
    } catch (MessagingException e) {
      throw new MonetizationException("email not sent: " + e.getClass().getSimpleName() + replyCode(e));
    }
  }

  /**
   * Returns " (SMTP 550)" for the first server reply code in the exception chain, or nothing. Only the code:
   * the reply text may quote addresses.
   */
  private static String replyCode(MessagingException failure) {
    for (Exception e = failure; e != null;
        e = e instanceof MessagingException m ? m.getNextException() : null) {
      int code = e instanceof SMTPSendFailedException f ? f.getReturnCode()
          : e instanceof SMTPSenderFailedException f ? f.getReturnCode()
          : e instanceof SMTPAddressFailedException f ? f.getReturnCode()
          : 0;
      if (code > 0) {
        return " (SMTP " + code + ")";
      }
    }
    return "";
  }

  /**
   * Returns the channel's name, server, port, STARTTLS flag and timeout; the credentials and the addresses
   * are left out.
   */
  @Override
  public String toString() {
    return "EmailChannel[name=" + name + ", host=" + host + ", port=" + port + ", startTls=" + startTls
        + ", timeout=" + timeout + "]";
  }

  /** Configures an {@link EmailChannel}. Not thread-safe. */
  public static final class Builder {
    private final @Nullable String host;
    private String name = DEFAULT_NAME;
    private int port = DEFAULT_PORT;
    private boolean startTls = true;
    private Duration timeout = DEFAULT_TIMEOUT;
    private @Nullable String username;
    private @Nullable String password;
    private @Nullable String from;
    private @Nullable List<String> fixedRecipients;
    private @Nullable Function<NotificationMessage, List<String>> recipientLookup;
    private String subject = DEFAULT_SUBJECT;
    private String body = DEFAULT_BODY;

    private Builder(@Nullable String host) {
      this.host = host;
    }

    /**
     * Sets the name credit profiles use for the channel; {@value EmailChannel#DEFAULT_NAME} by default.
     *
     * @param value the name, not blank; checked by {@link #build()}
     * @return this builder
     */
    public Builder name(String value) {
      this.name = requireNonNull(value, "name");
      return this;
    }

    /**
     * Sets the server's port; {@value EmailChannel#DEFAULT_PORT} by default.
     *
     * @param value the port, 1 to 65535; checked by {@link #build()}
     * @return this builder
     */
    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /**
     * Sets whether the connection must be upgraded with STARTTLS before anything else is sent; on by default.
     * When on, a server that does not offer STARTTLS is a failed delivery, never a clear-text one.
     *
     * @param value whether STARTTLS is required
     * @return this builder
     */
    public Builder startTls(boolean value) {
      this.startTls = value;
      return this;
    }

    /**
     * Sets how long connecting, and each read or write on the connection, may take; ten seconds by default.
     *
     * @param value the timeout, positive and at most {@link Integer#MAX_VALUE} milliseconds; checked by
     *     {@link #build()}
     * @return this builder
     */
    public Builder timeout(Duration value) {
      this.timeout = requireNonNull(value, "timeout");
      return this;
    }

    /**
     * Sets the credentials to authenticate with; none by default. The password never appears in logs,
     * exception messages or {@code toString}.
     *
     * @param user the user name, not blank; checked by {@link #build()}
     * @param secret the password, not empty; checked by {@link #build()}
     * @return this builder
     */
    public Builder credentials(String user, String secret) {
      this.username = requireNonNull(user, "user");
      this.password = requireNonNull(secret, "secret");
      return this;
    }

    /**
     * Sets the sender's address.
     *
     * @param address an RFC 822 address such as {@code billing@example.org} or
     *     {@code "Billing <billing@example.org>"}; checked by {@link #build()}
     * @return this builder
     */
    public Builder from(String address) {
      this.from = requireNonNull(address, "from");
      return this;
    }

    /**
     * Sends every notification to the same addresses, such as an operations mailbox. Excludes
     * {@link #recipientLookup}.
     *
     * @param addresses the addresses, at least one, each valid; checked by {@link #build()}
     * @return this builder
     */
    public Builder recipients(List<String> addresses) {
      this.fixedRecipients = List.copyOf(addresses);
      return this;
    }

    /**
     * Looks the recipients up for each message, such as the customer's contact address. The function runs
     * in {@link EmailChannel#send}, after the command committed; an empty list or an invalid address makes
     * that delivery fail. Excludes {@link #recipients}.
     *
     * @param lookup from the message to its addresses; must be thread-safe
     * @return this builder
     */
    public Builder recipientLookup(Function<NotificationMessage, List<String>> lookup) {
      this.recipientLookup = requireNonNull(lookup, "lookup");
      return this;
    }

    /**
     * Sets the subject template; {@value EmailChannel#DEFAULT_SUBJECT} by default.
     *
     * @param template the text with {@code {placeholder}} fields (see {@link EmailChannel}), not blank, one
     *     line; checked by {@link #build()}
     * @return this builder
     */
    public Builder subject(String template) {
      this.subject = requireNonNull(template, "subject");
      return this;
    }

    /**
     * Sets the body template; {@link EmailChannel#DEFAULT_BODY} by default.
     *
     * @param template the text with {@code {placeholder}} fields (see {@link EmailChannel}), not blank;
     *     checked by {@link #build()}
     * @return this builder
     */
    public Builder body(String template) {
      this.body = requireNonNull(template, "body");
      return this;
    }

    /**
     * Returns the channel.
     *
     * @return the channel
     * @throws ValidationException naming every bad field: {@code host} missing or blank; {@code port} outside
     *     1 to 65535; {@code name} blank; {@code timeout} not positive or too long; {@code username} blank or
     *     {@code password} empty; {@code from} missing or not a valid address; {@code recipients} missing,
     *     set both ways, empty, or {@code recipients[i]} not a valid address; {@code subject} blank, on more
     *     than one line or with an unknown placeholder; {@code body} blank or with an unknown placeholder
     */
    public EmailChannel build() {
      FieldErrors errors = new FieldErrors();
      errors.requireText("host", host);
      errors.check(port >= 1 && port <= 65_535, "port", "must be between 1 and 65535");
      errors.requireText("name", name);
      errors.check(!timeout.isNegative() && !timeout.isZero()
          && timeout.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) <= 0, "timeout",
          "must be positive and at most " + Integer.MAX_VALUE + " ms");
      if (username != null) {
        errors.requireText("username", username);
        errors.check(password != null && !password.isEmpty(), "password", "required");
      }
      Optional<InternetAddress> sender = Optional.empty();
      if (errors.requireText("from", from)) {
        sender = MailAddresses.parse(from);
        errors.check(sender.isPresent(), "from", "must be a valid email address");
      }
      checkRecipients(errors);
      checkTemplate(errors, "subject", subject);
      errors.check(subject.indexOf('\r') < 0 && subject.indexOf('\n') < 0, "subject", "must be one line");
      checkTemplate(errors, "body", body);
      errors.throwIfAny();
      return new EmailChannel(this, sender.orElseThrow());
    }

    private void checkRecipients(FieldErrors errors) {
      if (fixedRecipients == null && recipientLookup == null) {
        errors.add("recipients", "required: a fixed list or a lookup");
      } else if (fixedRecipients != null && recipientLookup != null) {
        errors.add("recipients", "set either a fixed list or a lookup, not both");
      } else if (fixedRecipients != null) {
        errors.check(!fixedRecipients.isEmpty(), "recipients", "must not be empty");
        for (int i = 0; i < fixedRecipients.size(); i++) {
          errors.check(MailAddresses.parse(fixedRecipients.get(i)).isPresent(), "recipients[" + i + "]",
              "must be a valid email address");
        }
      }
    }

    private static void checkTemplate(FieldErrors errors, String field, String template) {
      if (errors.requireText(field, template)) {
        List<String> unknown = new MailTemplate(template).unknownPlaceholders();
        errors.check(unknown.isEmpty(), field,
            "unknown placeholder " + String.join(", ", unknown) + "; known: " + MailTemplate.fieldNames());
      }
    }
  }
}
