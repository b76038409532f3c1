package dev.errand.browser.discovery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Browser versions: from {@code --version} output or a user-agent string. */
public final class VersionProbe {

  private static final Pattern EDGE_VERSION = Pattern.compile("\\bEdg/([0-9][0-9.]*)");
  private static final Pattern UA_VERSION =
      Pattern.compile("(?:HeadlessChrome|Chrome|Chromium)/([0-9][0-9.]*)");

  private VersionProbe() {}

  /**
   * Run {@code executable --version} and return its first output line, e.g. {@code "Chromium
   * 156.0.8078.79 built on Debian GNU/Linux 12 (bookworm)"}; empty when it fails or times out
   * (Chrome on Windows prints nothing).
   */
  public static Optional<String> run(String executable, Duration timeout) {
    Process p;
    try {
      p =
          new ProcessBuilder(executable, "--version")
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(devNull())))
              .start();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Thread reader = new Thread(() -> copy(p.getInputStream(), out), "errand-version-probe");
      reader.setDaemon(true);
      reader.start();
      if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return Optional.empty();
      }
      reader.join(500);
      String text;
      synchronized (out) {
        text = out.toString(StandardCharsets.UTF_8);
      }
      return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }

  /** The version number in a user agent, e.g. {@code 156.0.0.0}. */
  public static Optional<String> fromUserAgent(String userAgent) {
    String ua = userAgent == null ? "" : userAgent;
    Matcher edge = EDGE_VERSION.matcher(ua);
    if (edge.find()) {
      return Optional.of(edge.group(1));
    }
    Matcher m = UA_VERSION.matcher(ua);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The version number in {@code --version} output, e.g. {@code 156.0.8078.79}. */
  public static Optional<String> number(String versionLine) {
    Matcher m = Pattern.compile("\\b([0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+)\\b").matcher(versionLine);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    byte[] buf = new byte[4096];
    try (in) {
      for (int n; (n = in.read(buf)) > 0; ) {
        synchronized (out) {
          out.write(buf, 0, n);
        }
      }
    } catch (IOException ignored) {
      // the process ended or was killed
    }
  }

  private static String devNull() {
    return HostOs.current() == HostOs.WINDOWS ? "NUL" : "/dev/null";
  }
}
