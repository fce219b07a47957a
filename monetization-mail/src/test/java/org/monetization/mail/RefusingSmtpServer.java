package org.monetization.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server on 127.0.0.1 and an ephemeral port that greets, accepts EHLO and AUTH, and answers
 * {@code 550} to {@code MAIL FROM}: a server refusing the message. Records every command line it read.
 */
final class RefusingSmtpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Thread thread;
  final List<String> commands = new CopyOnWriteArrayList<>();

  RefusingSmtpServer() throws IOException {
    socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    thread = new Thread(this::serve, "refusing-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        converse(client);
      } catch (IOException e) {
        return;
      }
    }
  }

  private void converse(Socket client) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
    OutputStream out = client.getOutputStream();
    reply(out, "220 refusing.test ESMTP");
    String line;
    while ((line = in.readLine()) != null) {
      commands.add(line);
      String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
      switch (verb) {
        case "EHLO" -> reply(out, "250-refusing.test\r\n250 AUTH PLAIN");
        case "HELO", "RSET", "NOOP" -> reply(out, "250 OK");
        case "AUTH" -> reply(out, "235 2.7.0 Authentication successful");
        case "MAIL" -> reply(out, "550 5.7.1 Sender refused");
        case "QUIT" -> {
          reply(out, "221 Bye");
          return;
        }
        default -> reply(out, "502 5.5.2 Not implemented");
      }
    }
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
