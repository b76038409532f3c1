package dev.errand.run.steps;

import dev.errand.browser.BrowserActionException;
import dev.errand.recipe.Step;
import dev.errand.run.RunEnded;
import dev.errand.run.RunResult;
import dev.errand.run.StepContext;
import dev.errand.run.StepHandler;
import dev.errand.timing.TimeText;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * Re-checks a page state until it holds or the step's bound passes. Each try watches the page for
 * one interval (the step's {@code every} plus up to a fifth of it as jitter, never under a second);
 * with {@code reload}, every try after the first reloads the page first, through the page's paced
 * reload (the run's request budget decides when it may go). The bound counts the time the tries
 * took, and at least the intervals they waited. Each try is told to the listeners as a note, the
 * first few and then every tenth, so a long poll stays readable.
 */
public final class PollHandler implements StepHandler<Step.Poll> {

  /** The shortest interval between two tries, whatever the step says. */
  static final Duration FLOOR = Duration.ofSeconds(1);

  /** Every try up to this one is told; after it, every tenth. */
  static final int TOLD_EVERY_TRY = 5;

  private final LongSupplier nanoTime;
  private final RandomGenerator random;

  /** On {@link System#nanoTime()}, with random jitter. */
  public PollHandler() {
    this(System::nanoTime, new Random());
  }

  public PollHandler(LongSupplier nanoTime, RandomGenerator random) {
    this.nanoTime = nanoTime;
    this.random = random;
  }

  @Override
  public Optional<String> execute(Step.Poll step, StepContext context) {
    long start = nanoTime.getAsLong();
    Duration waited = Duration.ZERO;
    for (int attempt = 1; ; attempt++) {
      if (attempt > 1 && step.reload()) {
        context.page().reload(context.timeout(step));
      }
      Duration left = step.limit().minus(spent(start, waited));
      if (left.isNegative() || left.isZero()) {
        throw ended(step, attempt - 1, spent(start, waited));
      }
      Duration wait = min(interval(step.every()), left);
      try {
        return Optional.ofNullable(context.page().waitFor(step.until(), wait));
      } catch (BrowserActionException e) {
        // not yet: try again while the bound allows
      }
      waited = waited.plus(wait);
      Duration spent = spent(start, waited);
      if (spent.compareTo(step.limit()) >= 0) {
        throw ended(step, attempt, spent);
      }
      if (attempt <= TOLD_EVERY_TRY || attempt % 10 == 0) {
        context
            .listener()
            .note(
                "poll: try "
                    + attempt
                    + " — "
                    + step.until().describe()
                    + " does not hold yet; "
                    + (step.reload() ? "reloading, " : "looking again, ")
                    + TimeText.human(spent)
                    + " of "
                    + TimeText.human(step.limit()));
      }
    }
  }

  /** The end of a poll whose bound passed: its verdict, or a step failure when it has none. */
  private static RuntimeException ended(Step.Poll step, int tries, Duration spent) {
    String why =
        step.until().describe()
            + " did not hold in "
            + TimeText.human(spent)
            + " ("
            + tries
            + (tries == 1 ? " try" : " tries")
            + ")";
    if (step.verdict().isEmpty()) {
      return new BrowserActionException(step.message().map(m -> m + ": " + why).orElse(why));
    }
    String message = step.message().orElse(why);
    return new RunEnded(RunResult.at(ExpectHandler.outcomeOf(step.verdict().get()), message, step));
  }

  /** The time the poll has taken: what the clock says, and at least what it waited. */
  private Duration spent(long start, Duration waited) {
    Duration elapsed = Duration.ofNanos(nanoTime.getAsLong() - start);
    return elapsed.compareTo(waited) > 0 ? elapsed : waited;
  }

  /** {@code every}, never under {@link #FLOOR}, plus up to a fifth of it as jitter. */
  private Duration interval(Duration every) {
    Duration base = every.compareTo(FLOOR) < 0 ? FLOOR : every;
    return base.plusNanos(random.nextLong(base.toNanos() / 5 + 1));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
