package org.monetization.examples.demo;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point of the demo host application: {@code demo [--store memory|jpa-h2] [--h2-file <path>]
 * [--csv <file>] [--usage-csv <file>] [--clock <instant>]
 * [run-all | customers | subscriptions | rating | help]}. It runs the SDK on a fresh store and prints each
 * step it takes; see {@code demo --help}.
 *
 * <pre>{@code
 * ./mvnw -q -pl monetization-examples -am -DskipTests -Pdemo package
 * ./mvnw -q -pl monetization-examples -am -DskipTests -Pdemo package -Ddemo.args="customers --csv /tmp/c.csv"
 * ./mvnw -q -pl monetization-examples -am -DskipTests -Pdemo package -Ddemo.args="--store jpa-h2"
 * }</pre>
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the demo on the standard streams; exits the JVM with the exit code when it is not 0.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    int exitCode = run(System.out, System.err, args);
    if (exitCode != 0) {
      System.exit(exitCode);
    }
  }

  /**
   * Runs the demo in-process: parses the command line, runs the chosen chapters and returns the exit code
   * instead of exiting, so a host or a test can capture its output.
   *
   * @param out where the demo prints what it does, and help text
   * @param err where usage errors and failures are printed
   * @param args the command line
   * @return 0 on success, 2 for a usage error (such as an unknown {@code --store} or an existing
   *     {@code --h2-file}), 1 if a step failed
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    CommandLine commandLine = new CommandLine(new DemoCommand(out));
    commandLine.setOut(new PrintWriter(new PrintStreamWriter(out), true));
    commandLine.setErr(new PrintWriter(new PrintStreamWriter(err), true));
    return commandLine.execute(args);
  }
}
