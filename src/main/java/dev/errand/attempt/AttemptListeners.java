package dev.errand.attempt;

import dev.errand.browser.BrowserSession;
import dev.errand.journal.AttemptFolder;
import dev.errand.journal.JournalListener;
import dev.errand.journal.Scrubber;
import dev.errand.notify.Notifications;
import dev.errand.notify.Notifier;
import dev.errand.polite.RequestBudget;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.run.Listeners;
import dev.errand.run.RunListener;
import dev.errand.timing.SiteClock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who hears the run: the person's view, the notifications at a handoff, the tracer (unless the
 * profile says not to or the recipe types secrets) and the journal, in that order, so the last
 * trace chunk is on disk before the journal's outcome line.
 */
final class AttemptListeners {

  private final AttemptServices services;

  AttemptListeners(AttemptServices services) {
    this.services = services;
  }

  RunListener wire(
      AttemptOptions setup,
      AttemptFolder folder,
      AttemptJournal journal,
      BrowserSession session,
      SiteClock siteClock,
      Optional<String> takeOver,
      RequestBudget budget) {
    JournalListener journalListener =
        new JournalListener(
            journal.journal(), folder.dir().toAbsolutePath(), siteClock, budget::figures);
    List<RunListener> records = new ArrayList<>();
    traceRecorder(setup, session, folder, journalListener).ifPresent(records::add);
    records.add(journalListener);
    Notifications notifications =
        services.notifiers().create(setup.profile().notifications(), !setup.headless());
    return new Listeners(
        List.of(
            services
                .view()
                .listener(setup.profile().notifications().terminalBell(), siteClock, takeOver),
            new PageLinkListener(
                setup.handoffPage(),
                services.narration(),
                folder.dir(),
                notifications.channels().stream().map(Notifier::name).toList()),
            new NotifyingListener(
                notifications,
                services.narration(),
                journal.journal(),
                folder.id(),
                takeOver,
                setup.handoffPage()),
            new Listeners(records)));
  }

  /** Traces the run per phase, unless the profile says not to or the recipe types secrets. */
  private Optional<RunListener> traceRecorder(
      AttemptOptions setup, BrowserSession session, AttemptFolder folder, JournalListener journal) {
    if (!setup.profile().trace()) {
      return Optional.empty();
    }
    if (typesSecrets(setup.recipe())) {
      journal.note("no trace: this recipe types secrets, and Playwright traces keep what is typed");
      services.narration().detail("no trace: the recipe types secrets");
      return Optional.empty();
    }
    Scrubber scrubber = new Scrubber(setup.profile().secrets().values());
    return Optional.of(
        new TraceRecorder(
            session.tracer(),
            folder.dir(),
            journal::artifactSaved,
            message -> {
              journal.note(message);
              services.narration().detail(message);
            },
            file -> TraceScrubber.scrub(file, scrubber)));
  }

  /** Whether the run is traced: the profile says so and the recipe types no secret. */
  static boolean traced(AttemptOptions setup) {
    return setup.profile().trace() && !typesSecrets(setup.recipe());
  }

  static boolean typesSecrets(Recipe recipe) {
    return recipe.allSteps().stream()
        .anyMatch(
            step ->
                (step instanceof Step.Fill fill && fill.value().secret())
                    || (step instanceof Step.Select select && select.option().secret()));
  }
}
