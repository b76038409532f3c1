package dev.errand.attempt;

import static dev.errand.timing.TimeText.hms;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserGoneException;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.BrowserSession;
import dev.errand.handoff.RemoteHandoff;
import dev.errand.journal.AttemptFolder;
import dev.errand.journal.Journal;
import dev.errand.journal.SiteSummaries;
import dev.errand.journal.event.JournalEvent;
import dev.errand.polite.Pacing;
import dev.errand.polite.RequestBudget;
import dev.errand.polite.SiteFigures;
import dev.errand.polite.SoftBanSentinel;
import dev.errand.recipe.Condition;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.run.Outcome;
import dev.errand.run.Relauncher;
import dev.errand.run.RunListener;
import dev.errand.run.RunResult;
import dev.errand.run.RunSettings;
import dev.errand.run.Runner;
import dev.errand.timing.LongWait;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SleepInhibitor;
import dev.errand.watch.WatchPlan;
import dev.errand.watch.WatchSchedule;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs one prepared recipe as a watch ({@code errand watch}): one attempt folder and journal, a
 * check on each of the schedule's times, each a light look at the page under the run's one request
 * budget (a {@code Retry-After} puts the next check off; a site that refuses errand ends the
 * watch). When the recipe's condition holds, the purchase steps (at-release, then after) run at
 * once and hand over as {@code run} does; a success ends the watch unless the plan keeps watching.
 * Between short intervals the browser stays open on the page (armed); before a long wait it closes
 * and the wait survives the machine sleeping. Every check is a {@code watch-check} journal event.
 */
public final class WatchRunner {

  /** How long a check waits for the condition on a page that renders by script. */
  static final Duration LOOK = Duration.ofSeconds(3);

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private final AttemptServices services;
  private final Narration say;
  private final Pacing pacing;

  public WatchRunner(AttemptServices services) {
    this.services = services;
    this.say = services.narration();
    this.pacing = Pacing.from(services.env());
  }

  /** An open browser on the watched page, and who hears its runs. */
  private record Armed(BrowserSession session, RunListener listener, RunListener quiet) {
    BrowserPage page() {
      return session.page();
    }
  }

  /** What one check found. */
  private record Look(String result, @Nullable String detail) {
    static Look of(String result) {
      return new Look(result, null);
    }
  }

  public Attempt watch(AttemptOptions setup, WatchPlan plan, Condition available) {
    Recipe recipe = setup.recipe().withRelease(Optional.empty()).withReleaseWindow(Duration.ZERO);
    try (AttemptParts parts = AttemptParts.open(services, setup, recipe, pacing)) {
      return watch(setup, plan, available, recipe, parts);
    }
  }

  private Attempt watch(
      AttemptOptions setup,
      WatchPlan plan,
      Condition available,
      Recipe recipe,
      AttemptParts parts) {
    AttemptFolder folder = parts.folder;
    AttemptJournal journal = parts.journal;
    Session state = new Session(setup, plan, available, recipe, parts);
    SleepInhibitor awake = null;
    try {
      journal.runStart(setup, services.version());
      say.info(
          say.bold("errand " + services.version())
              + " · watching "
              + recipe.name()
              + say.dim("  (" + recipe.source() + ", profile " + setup.profile().name() + ")"));
      say.info(say.dim("site " + recipe.site() + " · attempt " + folder.dir()));
      say.info(
          "checks "
              + plan.schedule().describe()
              + say.dim(" · buys when " + available.describe() + " · Ctrl-C stops"));
      journal
          .journal()
          .append(
              new JournalEvent.Note(
                  journal.journal().now(),
                  "watching "
                      + plan.schedule().describe()
                      + " for "
                      + available.describe()
                      + (plan.keepWatching() ? ", on after a success" : "")));
      // as a run waiting for its release: the machine stays awake for the checks
      awake =
          SleepInhibitor.start("errand is watching for a drop", services.osName(), services.env());
      say.detail("sleep: " + awake.describe());
      RunResult result = state.loop();
      parts.ending.ended();
      state.finish(result);
      return new Attempt(result, folder);
    } finally {
      if (awake != null) {
        awake.close();
      }
    }
  }

  /** The watch's state from check to check. */
  private final class Session {
    private final AttemptOptions setup;
    private final WatchPlan plan;
    private final WatchSchedule schedule;
    private final Condition available;
    private final Recipe look;
    private final Recipe buy;
    private final AttemptParts parts;
    private final String site;
    private @Nullable Armed armed;
    private int checks;
    private int fired;
    private String last = "none yet";

    /** The last purchase run's end, which its listeners wrote to the journal already. */
    private @Nullable RunResult purchased;

    Session(
        AttemptOptions setup,
        WatchPlan plan,
        Condition available,
        Recipe recipe,
        AttemptParts parts) {
      this.parts = parts;
      this.setup = setup;
      this.plan = plan;
      this.schedule = plan.schedule();
      this.available = available;
      this.look = only(recipe, Phase.ARM);
      this.buy = only(recipe, Phase.AT_RELEASE, Phase.AFTER);
      this.site = RequestBudget.site(recipe.site());
    }

    RunResult loop() {
      Instant started = services.clock().instant();
      Optional<Instant> deadline = plan.atMost().map(started::plus);
      Optional<Instant> previous = Optional.empty();
      Optional<RunResult> success = Optional.empty();
      while (true) {
        Instant now = services.clock().instant();
        Instant due = schedule.next(now, previous, plan.jitter().getAsDouble());
        // the site's Retry-After (or errand's backoff) outlasts a check: the check waits for it
        Duration hold = parts.budget.wait(site);
        if (now.plus(hold).isAfter(due)) {
          say.detail(
              "the site asked errand to wait " + hms(hold.toSeconds()) + ": next check later");
          due = now.plus(hold);
        }
        if (deadline.isPresent() && due.isAfter(deadline.get())) {
          return ended(success, "the watch's time is up");
        }
        boolean longWait = Duration.between(now, due).compareTo(WatchSchedule.ARMED_UP_TO) > 0;
        if (armed != null && (!schedule.keepsBrowser() || longWait)) {
          say.detail("closing the browser until the next check");
          closeBrowser();
        }
        waitUntil(due);
        previous = Optional.of(due);
        checks++;
        Instant began = services.clock().instant();
        Look seen = check();
        Optional<RunResult> bought = Optional.empty();
        if (seen.result().equals("available")) {
          fired++;
          record(seen, began);
          say.always(say.green("● check " + checks + ": available") + " — buying now");
          bought = Optional.of(purchase());
        } else {
          record(seen, began);
          say.info(
              say.dim("· check " + checks + ": " + seen.result())
                  + (seen.detail() == null ? "" : say.dim(" (" + seen.detail() + ")")));
        }
        last = seen.result() + " (check " + checks + ", " + TIME.format(due) + ")";
        if (seen.result().equals("blocked")) {
          String why = seen.detail() == null ? "the site refuses errand" : seen.detail();
          return RunResult.of(
              Outcome.BLOCKED,
              why.contains("rather than push on")
                  ? why
                  : why + "; the watch stops rather than push on (try later)");
        }
        if (bought.isPresent()) {
          RunResult r = bought.get();
          Outcome o = r.outcome();
          if (good(o)) {
            success = Optional.of(r);
            if (!plan.keepWatching()) {
              return r;
            }
            say.always("keeping watch (--keep-watching)");
          } else if (o == Outcome.SOLD_OUT || o == Outcome.TOO_EARLY) {
            say.always(
                say.yellow("gone again before errand got it (" + r.message() + "); watching on"));
          } else {
            return r;
          }
          // the purchase left the page elsewhere: the next check opens the watched page afresh
          closeBrowser();
        }
      }
    }

    /** A look at the page: the arm steps when the browser has just opened, else a reload. */
    private Look check() {
      try {
        if (armed == null) {
          Armed a = open();
          armed = a;
          RunResult arm = runner(a, a.quiet()).run(look);
          if (arm.outcome() == Outcome.BLOCKED) {
            return new Look("blocked", arm.message());
          }
          if (arm.outcome() != Outcome.COMPLETED) {
            closeBrowser();
            return new Look(
                "failed", "the arm steps ended " + arm.outcome().id() + ": " + arm.message());
          }
        } else {
          armed.page().reload(setup.profile().browser().stepTimeout());
        }
        Armed a = armed;
        if (a == null) {
          return new Look("failed", "the browser closed");
        }
        Optional<String> blocked = a.page().blocked().or(this::refusedInRow);
        if (blocked.isPresent()) {
          return new Look("blocked", blocked.get());
        }
        return holds(a.page()) ? Look.of("available") : Look.of("unavailable");
      } catch (BrowserActionException | BrowserGoneException | IllegalStateException e) {
        Optional<String> blocked = refusedInRow();
        if (blocked.isPresent()) {
          return new Look("blocked", blocked.get());
        }
        // the next check opens the page afresh
        closeBrowser();
        return new Look("failed", String.valueOf(e.getMessage()));
      }
    }

    /**
     * The site refused the last {@link SoftBanSentinel#STREAK} page loads in a row, across checks
     * (each browser's own sentinel starts afresh).
     */
    private Optional<String> refusedInRow() {
      int row = parts.budget.refusalsInRow(site);
      return row >= SoftBanSentinel.STREAK
          ? Optional.of("the site refused errand's last " + row + " page loads in a row")
          : Optional.empty();
    }

    private boolean holds(BrowserPage page) {
      if (page.holds(available)) {
        return true;
      }
      try {
        page.waitFor(available, LOOK);
        return true;
      } catch (BrowserActionException | BrowserGoneException | IllegalStateException e) {
        return false;
      }
    }

    private RunResult purchase() {
      Armed a = armed;
      if (a == null) {
        return RunResult.of(Outcome.FAILED, "the browser closed");
      }
      RunResult r =
          runner(a, a.listener())
              .relaunchingWith(() -> parts.browser.relaunch(parts.budget), Relauncher.DEFAULT_MAX)
              .run(buy);
      purchased = r;
      return r;
    }

    private Armed open() {
      BrowserSession session =
          parts.browser.open(parts.budget, parts.ending, parts.journal, services.nanoTime());
      RunListener listener =
          new AttemptListeners(services)
              .wire(
                  setup,
                  parts.folder,
                  parts.journal,
                  session,
                  parts.keeper.clock(),
                  parts.browser.devtools().map(RemoteHandoff::takeOver),
                  parts.budget);
      return new Armed(session, listener, butFinished(listener));
    }

    private Runner runner(Armed a, RunListener listener) {
      return new Runner(
          a.page(),
          new ReleaseWaiter(parts.keeper.clock(), a.page()::pause),
          listener,
          setup.responder(),
          parts.folder,
          new RunSettings(
              setup.profile().browser().stepTimeout(),
              setup.profile().handoffTimeout(),
              setup.queueTimeout()));
    }

    private void closeBrowser() {
      armed = null;
      parts.browser.close();
    }

    private void waitUntil(Instant due) {
      boolean[] first = {true};
      try {
        LongWait.Result waited =
            services
                .longWait()
                .until(
                    due,
                    due,
                    left ->
                        say.status(
                            "  ☾ next check at "
                                + TIME.format(due)
                                + " (in "
                                + hms(left.toSeconds())
                                + ") · last: "
                                + last,
                            told(first) || (left.toSeconds() > 0 && left.toSeconds() % 600 == 0)));
        if (waited.suspended()) {
          parts.journal.suspended(waited);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AttemptException(AttemptException.Kind.ABORTED, "interrupted while watching");
      }
    }

    /** True the first time, for each wait: its status line is printed even where it is not live. */
    private boolean told(boolean[] first) {
      boolean was = first[0];
      first[0] = false;
      return was;
    }

    private void record(Look seen, Instant started) {
      parts
          .journal
          .journal()
          .append(
              new JournalEvent.WatchCheck(
                  parts.journal.journal().now(),
                  checks,
                  seen.result(),
                  seen.detail(),
                  schedule.describe(),
                  started));
    }

    private RunResult ended(Optional<RunResult> success, String why) {
      return success.orElseGet(
          () ->
              RunResult.of(
                  Outcome.SOLD_OUT,
                  why
                      + ": "
                      + checks
                      + (checks == 1 ? " check" : " checks")
                      + ", "
                      + (fired == 0
                          ? "it never became available"
                          : "available " + fired + " times, never bought")));
    }

    /** Writes the watch's end: the site's figures and the outcome, unless a purchase run did. */
    void finish(RunResult result) {
      boolean told = result.equals(purchased);
      if (!told) {
        Journal j = parts.journal.journal();
        for (SiteFigures figures : parts.budget.figures()) {
          j.append(SiteSummaries.of(figures, j.now()));
        }
        parts.journal.outcome(result);
      }
      String headline = result.outcome().id() + " — " + result.message();
      say.always(
          say.bold("outcome: ")
              + (good(result.outcome()) ? say.green(headline) : say.red(headline)));
      say.info(
          say.dim(
              "watch: "
                  + checks
                  + (checks == 1 ? " check" : " checks")
                  + (fired == 0
                      ? ", never fired"
                      : ", fired " + fired + (fired == 1 ? " time" : " times"))));
      for (SiteFigures figures : parts.budget.figures()) {
        say.info(
            say.dim("site " + SiteSummaries.describe(SiteSummaries.of(figures, Instant.EPOCH))));
      }
      say.info(say.dim("journal: " + parts.folder.journalFile()));
    }
  }

  private static boolean good(Outcome o) {
    return o == Outcome.PURCHASED || o == Outcome.REACHED_PAYMENT || o == Outcome.COMPLETED;
  }

  /** {@code recipe} with only {@code phases}' steps. */
  private static Recipe only(Recipe recipe, Phase... phases) {
    Map<Phase, List<dev.errand.recipe.Step>> steps = new EnumMap<>(Phase.class);
    for (Phase phase : phases) {
      steps.put(phase, recipe.steps(phase));
    }
    return recipe.withSteps(steps);
  }

  /**
   * Passes everything on but the run's end: a look at the page does not end the watch. (A proxy, so
   * that a listener method added later is passed on too.)
   */
  private static RunListener butFinished(RunListener to) {
    InvocationHandler forward =
        (proxy, method, args) -> {
          if (method.getName().equals("finished")) {
            return null;
          }
          try {
            return method.invoke(to, args);
          } catch (InvocationTargetException e) {
            throw Objects.requireNonNullElse(e.getCause(), e);
          }
        };
    return (RunListener)
        Proxy.newProxyInstance(
            RunListener.class.getClassLoader(), new Class<?>[] {RunListener.class}, forward);
  }
}
