package dev.errand.attempt;

import static dev.errand.timing.TimeText.hms;

import dev.errand.browser.BrowserInfo;
import dev.errand.browser.BrowserSession;
import dev.errand.handoff.RemoteHandoff;
import dev.errand.journal.AttemptFolder;
import dev.errand.journal.SiteSummaries;
import dev.errand.polite.Pacing;
import dev.errand.polite.RequestBudget;
import dev.errand.polite.SiteFigures;
import dev.errand.recipe.Recipe;
import dev.errand.run.Outcome;
import dev.errand.run.Relauncher;
import dev.errand.run.RunResult;
import dev.errand.run.RunSettings;
import dev.errand.run.Runner;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SleepInhibitor;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs one prepared recipe as one attempt: creates the attempt folder and journal, waits to arm,
 * keeps the site's clock, opens the browser, runs the recipe with its listeners, tells the outcome
 * and writes the summary; it cleans up in every case (a Ctrl-C still ends the journal and the
 * browser). Everything it takes from the world comes through {@link AttemptServices}.
 */
public final class AttemptRunner {

  private final AttemptServices services;
  private final Narration say;
  private final Pacing pacing;

  public AttemptRunner(AttemptServices services) {
    this.services = services;
    this.say = services.narration();
    this.pacing = Pacing.from(services.env());
  }

  /** How this runner paces its requests and clock probes (read once from its environment). */
  public Pacing pacing() {
    return pacing;
  }

  /**
   * Runs the attempt holding the site's {@link SiteLock}, taken before anything (the attempt folder
   * too) and let go of however the run ends ({@link AttemptParts}).
   */
  public Attempt run(AttemptOptions setup) {
    Recipe recipe = setup.recipe();
    try (AttemptParts parts = AttemptParts.open(services, setup, recipe, pacing)) {
      return run(setup, parts);
    }
  }

  private Attempt run(AttemptOptions setup, AttemptParts parts) {
    Recipe recipe = setup.recipe();
    AttemptFolder folder = parts.folder;
    AttemptJournal journal = parts.journal;
    AttemptBrowser browser = parts.browser;
    AttemptEnding ending = parts.ending;
    RequestBudget budget = parts.budget;
    SiteClockKeeper keeper = parts.keeper;
    SleepInhibitor awake = null;
    try {
      journal.runStart(setup, services.version());
      printHeader(setup, folder);
      if (recipe.release().isPresent()) {
        awake =
            SleepInhibitor.start("errand is waiting for a sale", services.osName(), services.env());
        say.detail("sleep: " + awake.describe());
        new ArmingWait(services.clock(), services.longWait(), say)
            .untilArmed(recipe.release().get(), setup.lead(), journal);
        if (setup.syncClock()) {
          keeper.start(recipe.release().get());
        }
      }
      BrowserSession session = browser.open(budget, ending, journal, services.nanoTime());
      Optional<URI> devtools = browser.devtools();
      say.detail("browser: " + describe(session.info()));
      devtools.ifPresent(
          d ->
              say.info(
                  "remote handoff: "
                      + d
                      + say.dim(
                          " (Chrome remote debugging on 127.0.0.1 only; whoever can reach it"
                              + " controls this browser, so keep the port to yourself)")));
      Runner runner =
          new Runner(
              session.page(),
              new ReleaseWaiter(keeper.clock(), session.page()::pause),
              new AttemptListeners(services)
                  .wire(
                      setup,
                      folder,
                      journal,
                      session,
                      keeper.clock(),
                      devtools.map(RemoteHandoff::takeOver),
                      budget),
              setup.responder(),
              folder,
              new RunSettings(
                  setup.profile().browser().stepTimeout(),
                  setup.profile().handoffTimeout(),
                  setup.queueTimeout()));
      runner.relaunchingWith(() -> browser.relaunch(budget), Relauncher.DEFAULT_MAX);
      RunResult result = runner.run(recipe);
      ending.ended();
      printOutcome(result, folder);
      printSites(budget);
      return new Attempt(result, folder);
    } finally {
      if (awake != null) {
        awake.close();
      }
    }
  }

  /** One line per site: requests, the most in any second, refusals, retries and waits. */
  private void printSites(RequestBudget budget) {
    for (SiteFigures figures : budget.figures()) {
      say.info(say.dim("site " + SiteSummaries.describe(SiteSummaries.of(figures, Instant.EPOCH))));
    }
  }

  private static String describe(BrowserInfo info) {
    return info.name()
        + " "
        + info.version()
        + " ("
        + info.executable()
        + ")"
        + (info.headless() ? ", headless" : "");
  }

  private void printHeader(AttemptOptions setup, AttemptFolder folder) {
    Recipe recipe = setup.recipe();
    say.info(
        say.bold("errand " + services.version())
            + " · "
            + recipe.name()
            + say.dim("  (" + recipe.source() + ", profile " + setup.profile().name() + ")"));
    say.info(say.dim("site " + recipe.site() + " · attempt " + folder.dir()));
    recipe
        .release()
        .ifPresent(
            r ->
                say.info(
                    say.dim(
                        "release at "
                            + r
                            + " (site time); in "
                            + hms(
                                Math.max(
                                    0,
                                    Duration.between(services.clock().instant(), r)
                                        .toSeconds())))));
  }

  private void printOutcome(RunResult result, AttemptFolder folder) {
    Outcome o = result.outcome();
    boolean good = o == Outcome.PURCHASED || o == Outcome.REACHED_PAYMENT || o == Outcome.COMPLETED;
    String headline = o.id() + " — " + result.message();
    say.always(say.bold("outcome: ") + (good ? say.green(headline) : say.red(headline)));
    result
        .step()
        .filter(s -> !good)
        .ifPresent(s -> say.always(say.dim("  at " + s.options().pos() + ": " + s.describe())));
    say.info(say.dim("journal: " + folder.journalFile()));
  }
}
