package dev.errand.timing;

import dev.errand.os.Executables;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the operating system not to sleep while errand waits for a sale: {@code systemd-inhibit} on
 * Linux, {@code caffeinate} on macOS. Where neither exists (or on Windows, whose API needs native
 * code) it does nothing, quietly, and says so in {@link #describe()}.
 */
public final class SleepInhibitor implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SleepInhibitor.class);

  private final @Nullable Process process;
  private final String description;

  private SleepInhibitor(@Nullable Process process, String description) {
    this.process = process;
    this.description = description;
  }

  /**
   * Starts inhibiting sleep where {@code osName} with {@code env}'s {@code PATH} offers a way;
   * never throws.
   */
  public static SleepInhibitor start(String why, String osName, Map<String, String> env) {
    Optional<List<String>> command = command(osName, env, ProcessHandle.current().pid(), why);
    if (command.isEmpty()) {
      return new SleepInhibitor(null, "this system offers errand no way to keep it awake");
    }
    try {
      Process p =
          new ProcessBuilder(command.get())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return new SleepInhibitor(p, "kept awake by " + command.get().get(0));
    } catch (IOException e) {
      log.debug("could not inhibit sleep", e);
      return new SleepInhibitor(null, "could not keep the system awake: " + e.getMessage());
    }
  }

  /** The command that keeps this system awake, if there is one. */
  static Optional<List<String>> command(
      String osName, Map<String, String> env, long pid, String why) {
    String os = osName.toLowerCase(Locale.ROOT);
    if (os.contains("mac")) {
      return Executables.onPath("caffeinate", env)
          .map(c -> List.of(c, "-i", "-w", Long.toString(pid)));
    }
    if (os.contains("linux")) {
      return Executables.onPath("systemd-inhibit", env)
          .map(
              c ->
                  List.of(
                      c,
                      "--what=sleep:idle",
                      "--who=errand",
                      "--why=" + why,
                      "--mode=block",
                      "sleep",
                      "infinity"));
    }
    return Optional.empty();
  }

  public String describe() {
    return description;
  }

  public boolean active() {
    return process != null && process.isAlive();
  }

  @Override
  public void close() {
    if (process != null) {
      // its child (`sleep infinity`) too: errand leaves no process behind
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
    }
  }
}
