package dev.errand.notify;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Calls the person through a system command: a desktop notification or a sound. */
public final class CommandNotifier implements Notifier {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final String name;
  private final Function<Notification, List<String>> command;

  public CommandNotifier(String name, Function<Notification, List<String>> command) {
    this.name = name;
    this.command = command;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Delivery send(Notification n) {
    long t0 = System.nanoTime();
    try {
      Process p =
          new ProcessBuilder(command.apply(n))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly();
        return new Delivery(name, false, "no answer within 5 s", took(t0));
      }
      return new Delivery(
          name,
          p.exitValue() == 0,
          p.exitValue() == 0 ? "shown" : "exit " + p.exitValue(),
          took(t0));
    } catch (IOException e) {
      return new Delivery(name, false, "could not run: " + e.getMessage(), took(t0));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Delivery(name, false, "interrupted", took(t0));
    }
  }

  private static Duration took(long t0) {
    return Duration.ofNanos(System.nanoTime() - t0);
  }
}
