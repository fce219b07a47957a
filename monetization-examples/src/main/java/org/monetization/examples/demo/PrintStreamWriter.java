package org.monetization.examples.demo;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * A {@link Writer} that prints characters to a {@link PrintStream}, so text written through it is encoded
 * exactly like the stream's own {@code println} output. Closing it flushes the stream and leaves it open:
 * the stream belongs to whoever created it.
 */
public final class PrintStreamWriter extends Writer {
  private final PrintStream out;

  /**
   * Creates a writer printing to the stream.
   *
   * @param out the stream to print to
   */
  public PrintStreamWriter(PrintStream out) {
    this.out = requireNonNull(out, "out");
  }

  @Override
  public void write(char[] buffer, int offset, int length) {
    out.append(CharBuffer.wrap(buffer, offset, length));
  }

  @Override
  public void flush() {
    out.flush();
  }

  @Override
  public void close() {
    out.flush();
  }
}
