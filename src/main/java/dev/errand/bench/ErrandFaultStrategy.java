package dev.errand.bench;

import dev.errand.attempt.Attempt;
import dev.errand.attempt.AttemptRunner;
import dev.errand.attempt.Bundled;
import dev.errand.attempt.Responders;
import dev.errand.attempt.TempDirs;
import dev.errand.demo.DemoShop;
import dev.errand.run.Outcome;
import dev.errand.run.RunResult;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * errand in {@code errand bench --faults}, as {@code errand demo} runs it with nobody to take over:
 * the demo recipe prepared against the run's shop, run by {@link AttemptRunner} headless with a
 * site-clock sync; the demo's stand-in ticks the demo shop's own fake security check, and the run
 * ends at the payment handoff (errand never pays). Its console is silent.
 */
public final class ErrandFaultStrategy implements FaultStrategy {

  private final DemoAttempts demo;

  /**
   * @param attempts runs errand's attempt, silently
   * @param workDir where the checkout's own recipe and profile win over the bundled copies
   * @param browser the browser setting; null for the profile's
   */
  public ErrandFaultStrategy(
      AttemptRunner attempts, Path workDir, Path errandHome, @Nullable String browser) {
    this.demo = new DemoAttempts(attempts, workDir, errandHome, browser);
  }

  @Override
  public String name() {
    return BenchReport.ERRAND;
  }

  @Override
  public FaultEnding purchase(DemoShop shop) {
    try (TempDirs tmp = new TempDirs("errand-bench-faults-")) {
      Attempt attempt =
          demo.run(shop, Bundled.DEMO_RECIPE, Responders.demoStandIn(shop.url()), tmp);
      return ending(attempt.result());
    }
  }

  /** What errand's result says: its outcome, and whether that is payment or sold out. */
  static FaultEnding ending(RunResult result) {
    Outcome outcome = result.outcome();
    return new FaultEnding(
        outcome.id(),
        result.message(),
        outcome == Outcome.REACHED_PAYMENT,
        Optional.of(outcome == Outcome.SOLD_OUT));
  }
}
