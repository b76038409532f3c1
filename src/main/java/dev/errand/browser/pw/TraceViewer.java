package dev.errand.browser.pw;

import com.microsoft.playwright.CLI;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens a Playwright trace in Playwright's trace viewer: {@code CLI.main("show-trace", file)}. That
 * method ends its JVM with {@link System#exit}, so it runs in a child JVM on errand's own class
 * path, and errand waits for the viewer to close and reports its exit code.
 */
public final class TraceViewer {

  private TraceViewer() {}

  /** The child JVM's command line for {@code trace}. */
  static List<String> command(Path trace, String javaHome, String classPath) {
    return List.of(
        Path.of(javaHome, "bin", "java").toString(),
        "-cp",
        classPath,
        CLI.class.getName(),
        "show-trace",
        trace.toAbsolutePath().toString());
  }

  /** Shows {@code trace} and waits until the viewer is closed; returns its exit code. */
  public static int show(Path trace) {
    List<String> command =
        command(trace, System.getProperty("java.home"), System.getProperty("java.class.path"));
    try {
      return new ProcessBuilder(command).inheritIO().start().waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(
          "could not start Playwright's trace viewer: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }
}
