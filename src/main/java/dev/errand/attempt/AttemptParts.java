package dev.errand.attempt;

import dev.errand.journal.AttemptFolder;
import dev.errand.journal.Journal;
import dev.errand.journal.Scrubber;
import dev.errand.journal.SummaryWriter;
import dev.errand.polite.Pacing;
import dev.errand.polite.RequestBudget;
import dev.errand.profile.ErrandHome;
import dev.errand.recipe.Recipe;
import java.nio.file.Path;

/**
 * What every attempt has, a run's as a watch's, made and closed in one place: the site's lock (one
 * run per site on this machine), the attempt folder and its journal (the profile's secrets and
 * every card number kept out of both), the browser, the ending a signal can also write, the one
 * request budget for the site, and the keeper of the site's clock. Closing ends them all, however
 * the attempt ended, and leaves the folder its owner's alone.
 */
final class AttemptParts implements AutoCloseable {

  final AttemptFolder folder;
  final AttemptJournal journal;
  final AttemptBrowser browser;
  final AttemptEnding ending;

  /** One budget for the attempt: the clock probes and the browser's page loads take turns in it. */
  final RequestBudget budget;

  final SiteClockKeeper keeper;
  private final SiteLock lock;

  private AttemptParts(
      SiteLock lock,
      AttemptFolder folder,
      AttemptJournal journal,
      AttemptBrowser browser,
      AttemptEnding ending,
      RequestBudget budget,
      SiteClockKeeper keeper) {
    this.lock = lock;
    this.folder = folder;
    this.journal = journal;
    this.browser = browser;
    this.ending = ending;
    this.budget = budget;
    this.keeper = keeper;
  }

  /**
   * Takes the site's lock (before anything, the attempt folder too: a refused second run leaves
   * nothing) and makes the rest for {@code recipe}.
   */
  static AttemptParts open(
      AttemptServices services, AttemptOptions setup, Recipe recipe, Pacing pacing) {
    SiteLock lock =
        SiteLock.take(
            locksDir(services), recipe.site(), setup.profile().name(), services.clock().instant());
    try {
      AttemptFolder folder =
          AttemptFolder.create(setup.attemptsRoot(), recipe.name(), services.clock());
      AttemptJournal journal =
          new AttemptJournal(new Journal(folder.journalFile(), services.clock()));
      Scrubber scrubber = new Scrubber(setup.profile().secrets().values());
      folder.conceal(scrubber, AttemptListeners.traced(setup));
      journal.journal().scrubWith(scrubber);
      AttemptBrowser browser = new AttemptBrowser(services.launcher(), setup);
      AttemptEnding ending = new AttemptEnding(journal, browser);
      RequestBudget budget = pacing.forSite(recipe.site()).budget();
      SiteClockKeeper keeper =
          new SiteClockKeeper(
              recipe.site(),
              services.narration(),
              journal.journal(),
              services.clock(),
              services.nanoTime(),
              services.sleeper(),
              budget,
              pacing);
      return new AttemptParts(lock, folder, journal, browser, ending, budget, keeper);
    } catch (RuntimeException | Error e) {
      lock.close();
      throw e;
    }
  }

  /** {@code locks/} in errand's home, where the one-run-per-site locks are. */
  private static Path locksDir(AttemptServices services) {
    return ErrandHome.locate(
            services.env(), services.osName(), Path.of(System.getProperty("user.home")))
        .resolve("locks");
  }

  @Override
  public void close() {
    try {
      ending.ended();
      keeper.close();
      try {
        browser.close();
      } finally {
        journal.close();
        SummaryWriter.write(folder.dir());
        folder.seal();
        ending.close();
      }
    } finally {
      lock.close();
    }
  }
}
