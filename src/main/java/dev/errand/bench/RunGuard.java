package dev.errand.bench;

import dev.errand.browser.BrowserUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Runs one bench run on a thread of its own within a time limit, and leaves no process of it
 * behind. At the limit it interrupts the run and ends the processes this JVM started since the run
 * began (its browser and Playwright's driver, by their ids), so that whatever the run was waiting
 * on fails at once and the run unwinds; after the run, processes of it still alive after {@link
 * #SETTLE} are ended the same way. A run still going {@link #GRACE} after that is left to finish on
 * its own (a daemon thread) and reported as stopped.
 */
final class RunGuard {

  /** How long a stopped run has to unwind. */
  static final Duration GRACE = Duration.ofSeconds(15);

  /** How long a finished run's browser processes have to exit by themselves. */
  static final Duration SETTLE = Duration.ofSeconds(5);

  private static final Duration POLL = Duration.ofMillis(100);

  /**
   * How a guarded run ended: its value, or its error, or stopped at the limit.
   *
   * @param leftBehind processes of the run that were still alive after it and had to be ended
   */
  record Guarded<T>(
      Optional<T> value, Optional<RuntimeException> error, boolean timedOut, int leftBehind) {}

  private final Duration limit;

  RunGuard(Duration limit) {
    this.limit = limit;
  }

  /**
   * Runs {@code work} within the limit.
   *
   * @throws BrowserUnavailableException when the run finds no browser: no run can go on
   * @throws InterruptedException when the bench itself is interrupted
   */
  <T> Guarded<T> run(String name, Callable<T> work) throws InterruptedException {
    Set<Long> before = descendants();
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, "bench-run-" + name);
    thread.setDaemon(true);
    thread.start();
    try {
      T value = task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
      return new Guarded<>(Optional.of(value), Optional.empty(), false, settle(before));
    } catch (TimeoutException e) {
      thread.interrupt();
      int ended = endNew(before);
      thread.join(GRACE.toMillis());
      return new Guarded<>(
          Optional.empty(),
          Optional.of(new IllegalStateException("stopped at the run's time limit")),
          true,
          ended + settle(before));
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      if (cause instanceof BrowserUnavailableException unavailable) {
        settle(before);
        throw unavailable;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      RuntimeException failure =
          cause instanceof RuntimeException runtime
              ? runtime
              : new IllegalStateException(String.valueOf(cause.getMessage()), cause);
      return new Guarded<>(Optional.empty(), Optional.of(failure), false, settle(before));
    } catch (InterruptedException e) {
      thread.interrupt();
      endNew(before);
      throw e;
    }
  }

  /**
   * Waits up to {@link #SETTLE} for the processes started since {@code before} to exit, then ends
   * those still alive; returns how many it ended.
   */
  private static int settle(Set<Long> before) throws InterruptedException {
    long deadline = System.nanoTime() + SETTLE.toNanos();
    while (!started(before).isEmpty() && System.nanoTime() - deadline < 0) {
      Thread.sleep(POLL.toMillis());
    }
    return endNew(before);
  }

  /** Ends the processes started since {@code before}, by id; returns how many. */
  private static int endNew(Set<Long> before) {
    List<ProcessHandle> started = started(before);
    started.forEach(ProcessHandle::destroyForcibly);
    return started.size();
  }

  private static List<ProcessHandle> started(Set<Long> before) {
    return ProcessHandle.current()
        .descendants()
        .filter(ProcessHandle::isAlive)
        .filter(p -> !before.contains(p.pid()))
        .toList();
  }

  private static Set<Long> descendants() {
    return ProcessHandle.current()
        .descendants()
        .map(ProcessHandle::pid)
        .collect(Collectors.toSet());
  }
}
