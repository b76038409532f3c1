package dev.errand.attempt;

import dev.errand.run.Outcome;
import dev.errand.run.RunResult;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The attempt ends once: by itself (the runner's outcome, or a failure before the run), or by a
 * signal (Ctrl-C), whichever comes first. A signal writes an {@code aborted} outcome, ends the
 * journal and closes the browser, so no attempt is left without an end.
 */
final class AttemptEnding implements AutoCloseable {

  private final AtomicBoolean ended = new AtomicBoolean();
  private final Thread hook;

  AttemptEnding(AttemptJournal journal, AttemptBrowser browser) {
    this.hook =
        new Thread(
            () -> {
              if (ended.compareAndSet(false, true)) {
                journal.outcome(RunResult.of(Outcome.ABORTED, "interrupted (Ctrl-C or a signal)"));
                journal.close();
                browser.close();
              }
            },
            "errand-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** The attempt has ended by itself: a signal from now on changes nothing. */
  void ended() {
    ended.set(true);
  }

  /** The attempt ends here, before its run, with {@code result} in the journal. */
  void failed(AttemptJournal journal, RunResult result) {
    ended.set(true);
    journal.outcome(result);
  }

  @Override
  public void close() {
    ended.set(true);
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook runs and finds the attempt ended
    }
  }
}
