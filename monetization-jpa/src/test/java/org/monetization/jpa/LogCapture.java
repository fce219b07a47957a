package org.monetization.jpa;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Records what is logged while it is open: java.util.logging (where Hibernate's JBoss Logging goes
 * without Logback) and standard error (where the tests' SLF4J binding writes), both still passed through.
 */
final class LogCapture implements AutoCloseable {
  private final StringBuffer text = new StringBuffer();
  private final Logger root = Logger.getLogger("");
  private final PrintStream originalErr = System.err;
  private final Handler handler;

  LogCapture() {
    Formatter formatter = new SimpleFormatter();
    handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        text.append(formatter.format(record));
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    root.addHandler(handler);
    ByteArrayOutputStream copy = new ByteArrayOutputStream() {
      @Override
      public synchronized void flush() {
        text.append(toString(StandardCharsets.UTF_8));
        reset();
      }
    };
    System.setErr(new PrintStream(new Tee(originalErr, copy), true, StandardCharsets.UTF_8));
  }

  String text() {
    System.err.flush();
    return text.toString();
  }

  @Override
  public void close() {
    System.err.flush();
    System.setErr(originalErr);
    root.removeHandler(handler);
  }

  private static final class Tee extends OutputStream {
    private final OutputStream first;
    private final OutputStream second;

    Tee(OutputStream first, OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws java.io.IOException {
      first.write(b);
      second.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
      first.write(bytes, offset, length);
      second.write(bytes, offset, length);
    }

    @Override
    public void flush() throws java.io.IOException {
      first.flush();
      second.flush();
    }
  }
}
