package dev.errand.attempt;

import dev.errand.browser.BrowserInfo;
import dev.errand.journal.Journal;
import dev.errand.journal.event.JournalEvent;
import dev.errand.recipe.Recipe;
import dev.errand.run.RunResult;
import dev.errand.timing.LongWait;
import java.net.URI;
import java.util.Optional;

/**
 * The attempt's own lines in its journal (the run's steps are {@link
 * dev.errand.journal.JournalListener}'s): how it started, which browser, a sleep while waiting to
 * arm, and how it ended when the runner could not say.
 */
final class AttemptJournal {

  private final Journal journal;

  AttemptJournal(Journal journal) {
    this.journal = journal;
  }

  Journal journal() {
    return journal;
  }

  void runStart(AttemptOptions setup, String version) {
    Recipe recipe = setup.recipe();
    journal.append(
        new JournalEvent.RunStart(
            journal.now(),
            version,
            System.getProperty("java.version"),
            System.getProperty("os.name") + " " + System.getProperty("os.arch"),
            String.valueOf(recipe.source()),
            recipe.name(),
            recipe.sha256(),
            recipe.site().toString(),
            setup.profile().name(),
            recipe.quantity(),
            recipe.release().orElse(null),
            setup.syncClock(),
            setup.lead().toMillis(),
            setup.headless()));
  }

  void browser(BrowserInfo info, Optional<URI> devtools) {
    journal.append(
        new JournalEvent.Browser(
            journal.now(),
            info.name(),
            info.version(),
            info.executable(),
            info.headless(),
            devtools.map(URI::toString).orElse(null)));
  }

  void suspended(LongWait.Result waited) {
    journal.append(
        new JournalEvent.Suspended(
            journal.now(), waited.slept().toMillis(), waited.missedBy().toMillis()));
  }

  void outcome(RunResult result) {
    journal.append(
        new JournalEvent.Outcome(
            journal.now(), result.outcome().id(), result.message(), null, null));
  }

  void close() {
    journal.close();
  }
}
