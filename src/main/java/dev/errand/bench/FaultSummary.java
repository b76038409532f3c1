package dev.errand.bench;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * One strategy's runs of one fault mode, and their figures.
 *
 * @param name the strategy's name
 * @param runs its runs, in order
 */
public record FaultSummary(String name, List<FaultRun> runs) {

  /** Checks that no component is null and copies the runs. */
  public FaultSummary {
    Objects.requireNonNull(name, "name");
    runs = List.copyOf(runs);
  }

  /** Runs that reached payment on the real payment page. */
  public int reached() {
    return count(FaultRun::reachedPayment);
  }

  /** Runs that said they reached payment on a page that was not the real payment page. */
  public int falsePayments() {
    return count(FaultRun::falsePayment);
  }

  /** Runs that threw or were stopped. */
  public int failures() {
    return count(FaultRun::failed);
  }

  /** Runs stopped at their time limit. */
  public int timedOut() {
    return count(FaultRun::timedOut);
  }

  /** Page loads sooner than a 503's Retry-After asked, over every run. */
  public int retryAfterViolations() {
    return sum(r -> r.shop().retryAfterViolations());
  }

  /** Page loads inside a 429's window or faster than the rate limit, over every run. */
  public int rateLimitViolations() {
    return sum(r -> r.shop().rateLimitViolations());
  }

  /** Requests answered 429, over every run. */
  public int refused() {
    return sum(r -> r.shop().refused());
  }

  /** The most page loads within one second, over every run; 0 without runs. */
  public int densestSecond() {
    return runs.stream().mapToInt(r -> r.shop().densestSecond()).max().orElse(0);
  }

  /** Page loads after an error answer, over every run. */
  public int retries() {
    return sum(r -> r.shop().retries());
  }

  /** Page loads answered with an error, over every run. */
  public int errorAnswers() {
    return sum(r -> r.shop().errorAnswers());
  }

  /** Page loads, over every run. */
  public int pageLoads() {
    return sum(r -> r.shop().pageLoads());
  }

  /** The median time from the announced release to the real payment page, over the runs there. */
  public Optional<Duration> medianToPayment() {
    return Stats.of(runs.stream().flatMap(r -> r.toPayment().stream()).toList()).map(Stats::median);
  }

  /**
   * Runs that said sold out with tickets on sale; empty when no run gave a verdict either way (the
   * naive script has none).
   */
  public Optional<Integer> falseSoldOuts() {
    boolean verdicts =
        runs.stream().anyMatch(r -> r.ending().flatMap(FaultEnding::soldOut).isPresent());
    return verdicts ? Optional.of(count(FaultRun::falseSoldOut)) : Optional.empty();
  }

  /** Runs whose session the waiting room let through. */
  public int passedQueue() {
    return count(FaultRun::passedQueue);
  }

  /** Reloads while queued, over every run. */
  public int reloadsWhileQueued() {
    return sum(r -> r.shop().reloadsWhileQueued());
  }

  private int count(Predicate<FaultRun> test) {
    return (int) runs.stream().filter(test).count();
  }

  private int sum(ToIntFunction<FaultRun> figure) {
    return runs.stream().mapToInt(figure).sum();
  }
}
