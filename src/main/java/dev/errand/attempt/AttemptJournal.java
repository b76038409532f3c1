package dev.errand.attempt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errand.browser.BrowserInfo;
import dev.errand.journal.Journal;
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
    ObjectNode e = journal.event("run-start");
    e.put("errand", version);
    e.put("java", System.getProperty("java.version"));
    e.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    e.put("recipe", String.valueOf(recipe.source()));
    e.put("recipeName", recipe.name());
    e.put("recipeSha256", recipe.sha256());
    e.put("site", recipe.site().toString());
    e.put("profile", setup.profile().name());
    e.put("quantity", recipe.quantity());
    recipe.release().ifPresent(r -> e.put("release", r.toString()));
    e.put("clockSync", setup.syncClock());
    e.put("leadMs", setup.lead().toMillis());
    e.put("headless", setup.headless());
    journal.append(e);
  }

  void browser(BrowserInfo info, Optional<URI> devtools) {
    ObjectNode e = journal.event("browser");
    e.put("name", info.name());
    e.put("version", info.version());
    e.put("executable", info.executable());
    e.put("headless", info.headless());
    devtools.ifPresent(d -> e.put("devtools", d.toString()));
    journal.append(e);
  }

  void suspended(LongWait.Result waited) {
    ObjectNode e = journal.event("suspended");
    e.put("sleptMs", waited.slept().toMillis());
    e.put("missedByMs", waited.missedBy().toMillis());
    journal.append(e);
  }

  void outcome(RunResult result) {
    ObjectNode e = journal.event("outcome");
    e.put("outcome", result.outcome().id());
    e.put("message", result.message());
    journal.append(e);
  }

  void close() {
    journal.close();
  }
}
