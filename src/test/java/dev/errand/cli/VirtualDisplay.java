package dev.errand.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A display for a headed browser in a test: this machine's own ({@code $DISPLAY}) when it has one,
 * else an Xvfb server (Debian's {@code xvfb} package) started for the test on a display number it
 * picks itself ({@code -displayfd}), stopped by {@link #close()}.
 */
final class VirtualDisplay implements AutoCloseable {

  private final String display;
  private final @Nullable Process xvfb;

  private VirtualDisplay(String display, @Nullable Process xvfb) {
    this.display = display;
    this.xvfb = xvfb;
  }

  /** The machine's display, or a new Xvfb; empty when there is neither. */
  static Optional<VirtualDisplay> open() throws IOException, InterruptedException {
    String own = System.getenv("DISPLAY");
    if (own != null && !own.isBlank()) {
      return Optional.of(new VirtualDisplay(own, null));
    }
    Optional<Path> exe = xvfb();
    if (exe.isEmpty()) {
      return Optional.empty();
    }
    Process p =
        new ProcessBuilder(
                exe.get().toString(),
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x900x24",
                "-nolisten",
                "tcp")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> readLine(r));
    try {
      String n = number.get(20, TimeUnit.SECONDS);
      if (n == null || !n.strip().matches("[0-9]+")) {
        throw new IOException("Xvfb did not say its display: " + n);
      }
      return Optional.of(new VirtualDisplay(":" + n.strip(), p));
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      p.destroyForcibly();
      throw new IOException("Xvfb did not start", e);
    }
  }

  /** The {@code DISPLAY} value. */
  String display() {
    return display;
  }

  @Override
  public void close() {
    if (xvfb != null) {
      xvfb.destroy();
      try {
        if (!xvfb.waitFor(5, TimeUnit.SECONDS)) {
          xvfb.destroyForcibly();
        }
      } catch (InterruptedException e) {
        xvfb.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  private static @Nullable String readLine(BufferedReader r) {
    try {
      return r.readLine();
    } catch (IOException e) {
      return null;
    }
  }

  private static Optional<Path> xvfb() {
    String path = System.getenv("PATH");
    for (String dir : (path == null ? "/usr/bin" : path + ":/usr/bin").split(":", -1)) {
      if (!dir.isEmpty()) {
        Path p = Path.of(dir, "Xvfb");
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }
}
