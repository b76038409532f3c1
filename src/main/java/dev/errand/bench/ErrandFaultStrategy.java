package dev.errand.bench;

import dev.errand.attempt.Attempt;
import dev.errand.attempt.AttemptOptions;
import dev.errand.attempt.AttemptRunner;
import dev.errand.attempt.Bundled;
import dev.errand.attempt.Preparation;
import dev.errand.attempt.Responders;
import dev.errand.attempt.TempDirs;
import dev.errand.demo.DemoShop;
import dev.errand.profile.ProfileLoader;
import dev.errand.run.Outcome;
import dev.errand.run.RunResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * errand in {@code errand bench --faults}, as {@code errand demo} runs it with nobody to take over:
 * the demo recipe prepared against the run's shop, run by {@link AttemptRunner} headless with a
 * site-clock sync; the demo's stand-in ticks the demo shop's own fake security check, and the run
 * ends at the payment handoff (errand never pays). Its console is silent.
 */
public final class ErrandFaultStrategy implements FaultStrategy {

  private final AttemptRunner attempts;
  private final Path workDir;
  private final Path errandHome;
  private final @Nullable String browser;

  /**
   * @param attempts runs errand's attempt, silently
   * @param workDir where the checkout's own recipe and profile win over the bundled copies
   * @param browser the browser setting; null for the profile's
   */
  public ErrandFaultStrategy(
      AttemptRunner attempts, Path workDir, Path errandHome, @Nullable String browser) {
    this.attempts = attempts;
    this.workDir = workDir;
    this.errandHome = errandHome;
    this.browser = browser;
  }

  @Override
  public String name() {
    return BenchReport.ERRAND;
  }

  @Override
  public FaultEnding purchase(DemoShop shop) {
    try (TempDirs tmp = new TempDirs("errand-bench-faults-")) {
      Preparation.Prepared prepared =
          new Preparation(
                  new ProfileLoader(
                      Objects.requireNonNull(
                          Bundled.file(
                                  workDir, "profiles/" + Bundled.DEMO_PROFILE + ".conf", tmp.path())
                              .getParent(),
                          "a profile file is in a folder"),
                      errandHome))
              .prepare(
                  Bundled.file(workDir, Bundled.DEMO_RECIPE, tmp.path()),
                  Bundled.DEMO_PROFILE,
                  Map.of(),
                  Optional.of(shop.url()),
                  Optional.of(shop.releaseAt()),
                  false);
      Attempt attempt =
          attempts.run(
              AttemptOptions.of(prepared)
                  .headless(true)
                  .browser(browser != null ? browser : prepared.profile().browser().executable())
                  .dataDir(tmp.sub("browser"))
                  .responder(Responders.demoStandIn(shop.url()))
                  .attemptsRoot(tmp.sub("attempts"))
                  .syncClock(true)
                  .build());
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
