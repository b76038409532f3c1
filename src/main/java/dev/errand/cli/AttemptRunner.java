package dev.errand.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errand.browser.BrowserLauncher;
import dev.errand.browser.BrowserSession;
import dev.errand.browser.BrowserUnavailableException;
import dev.errand.browser.LaunchSpec;
import dev.errand.handoff.RemoteHandoff;
import dev.errand.journal.AttemptFolder;
import dev.errand.journal.Journal;
import dev.errand.journal.JournalListener;
import dev.errand.notify.Notifications;
import dev.errand.polite.Pacing;
import dev.errand.polite.RequestBudget;
import dev.errand.profile.Profile;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.run.HandoffResponder;
import dev.errand.run.Listeners;
import dev.errand.run.Outcome;
import dev.errand.run.RunListener;
import dev.errand.run.RunResult;
import dev.errand.run.RunSettings;
import dev.errand.run.Runner;
import dev.errand.timing.LongWait;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SleepInhibitor;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs one prepared recipe as one attempt: creates the attempt folder and journal, launches the
 * browser, runs the recipe, prints the outcome, and cleans up in every case (a Ctrl-C still ends
 * the journal and the browser).
 */
final class AttemptRunner {

  /**
   * How to run: the prepared recipe and profile, and the browser and handoff choices; {@code
   * remote} opens the browser to the person through remote debugging.
   */
  record Setup(
      Recipe recipe,
      Profile profile,
      boolean headless,
      String browserSetting,
      Path dataDir,
      HandoffResponder responder,
      Path attemptsRoot,
      Duration lead,
      boolean syncClock,
      Optional<RemoteHandoff> remote) {}

  /** How long errand allows Chromium to say which port it opened for remote debugging. */
  static final Duration REMOTE_PORT_WAIT = Duration.ofSeconds(3);

  /** The run's result and where its record is. */
  record Attempt(RunResult result, AttemptFolder folder) {}

  private final BrowserLauncher launcher;
  private final Console console;
  private final Clock clock;
  private final Pacing pacing;

  AttemptRunner(BrowserLauncher launcher, Console console, Clock clock) {
    this(launcher, console, clock, Pacing.POLITE);
  }

  /** Paces requests and clock probes as {@code pacing} says for the recipe's site. */
  AttemptRunner(BrowserLauncher launcher, Console console, Clock clock, Pacing pacing) {
    this.launcher = launcher;
    this.console = console;
    this.clock = clock;
    this.pacing = pacing;
  }

  Attempt run(Setup setup) {
    Recipe recipe = setup.recipe();
    AttemptFolder folder = AttemptFolder.create(setup.attemptsRoot(), recipe.name(), clock);
    Journal journal = new Journal(folder.journalFile(), clock);
    AtomicBoolean ended = new AtomicBoolean();
    BrowserSession[] session = new BrowserSession[1];
    Thread onSignal =
        new Thread(
            () -> {
              if (ended.compareAndSet(false, true)) {
                journal.append(
                    outcome(
                        journal,
                        RunResult.of(Outcome.ABORTED, "interrupted (Ctrl-C or a signal)")));
                journal.close();
                if (session[0] != null) {
                  session[0].close();
                }
              }
            },
            "errand-shutdown");
    Runtime.getRuntime().addShutdownHook(onSignal);
    // one budget for the run: the clock probes and the browser's page loads take turns in it
    RequestBudget budget = pacing.forSite(recipe.site()).budget();
    SiteClockKeeper keeper =
        new SiteClockKeeper(recipe.site(), console, journal, clock, budget, pacing);
    SleepInhibitor awake = null;
    try {
      journal.append(runStart(journal, setup));
      printHeader(setup, folder);
      if (recipe.release().isPresent()) {
        awake = SleepInhibitor.start("errand is waiting for a sale");
        console.detail("sleep: " + awake.describe());
        waitToArm(recipe.release().get(), setup.lead(), journal);
        if (setup.syncClock()) {
          keeper.start(recipe.release().get());
        }
      }
      session[0] = launch(setup, journal, ended, budget);
      Optional<URI> devtools = remoteDebugging(setup, session[0], journal, ended);
      journal.append(browserEvent(journal, session[0], devtools));
      console.detail(
          "browser: "
              + session[0].info().name()
              + " "
              + session[0].info().version()
              + " ("
              + session[0].info().executable()
              + ")"
              + (session[0].info().headless() ? ", headless" : ""));
      Optional<String> takeOver = devtools.map(RemoteHandoff::takeOver);
      devtools.ifPresent(
          d ->
              console.info(
                  "remote handoff: "
                      + d
                      + console.dim(
                          " (Chrome remote debugging on 127.0.0.1 only; whoever can reach it"
                              + " controls this browser, so keep the port to yourself)")));
      Profile profile = setup.profile();
      JournalListener journalListener =
          new JournalListener(journal, folder.dir().toAbsolutePath(), keeper.clock());
      List<RunListener> listeners = new ArrayList<>();
      // the tracer first: its last chunk is on disk before the journal's outcome line
      traceRecorder(setup, session[0], folder, journalListener).ifPresent(listeners::add);
      listeners.add(journalListener);
      Runner runner =
          new Runner(
              session[0].page(),
              new ReleaseWaiter(keeper.clock(), session[0].page()::pause),
              new Listeners(
                  List.of(
                      new ConsoleListener(
                          console,
                          profile.notifications().terminalBell(),
                          keeper.clock(),
                          takeOver),
                      new NotifyingListener(
                          Notifications.from(
                              profile.notifications(),
                              System.getProperty("os.name"),
                              System.getenv(),
                              !setup.headless()),
                          console,
                          journal,
                          folder.id(),
                          takeOver),
                      new Listeners(listeners))),
              setup.responder(),
              folder,
              new RunSettings(profile.browser().stepTimeout(), profile.handoffTimeout()));
      RunResult result = runner.run(recipe);
      ended.set(true);
      printOutcome(result, folder);
      return new Attempt(result, folder);
    } finally {
      ended.set(true);
      keeper.close();
      if (awake != null) {
        awake.close();
      }
      try {
        if (session[0] != null) {
          session[0].close();
        }
      } finally {
        journal.close();
        dev.errand.journal.SummaryWriter.write(folder.dir());
        removeHook(onSignal);
      }
    }
  }

  /**
   * Before arming: when the release is further away than the lead, wait without a browser (a drop
   * at 04:00 started at bedtime), noticing if the machine slept through the instant.
   */
  private void waitToArm(Instant release, Duration lead, Journal journal) {
    Instant armAt = release.minus(lead);
    Instant now = clock.instant();
    if (!now.isBefore(armAt)) {
      if (Duration.between(now, release).compareTo(lead) < 0 && now.isBefore(release)) {
        console.detail(
            "the release is in "
                + ConsoleListener.hms(Duration.between(now, release).toSeconds())
                + ", within the lead of "
                + ConsoleListener.human(lead)
                + ": arming now");
      }
      return;
    }
    console.info(
        "arming at "
            + ConsoleListener.CLOCK.format(armAt)
            + console.dim(
                " ("
                    + ConsoleListener.human(lead)
                    + " before the release); no browser until then"));
    LongWait.Result waited;
    try {
      waited =
          LongWait.system()
              .until(
                  armAt,
                  release,
                  left ->
                      console.status(
                          "  ☾ arming in " + ConsoleListener.hms(left.toSeconds()),
                          left.toSeconds() % 600 == 0));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError(ExitCode.ABORTED, "interrupted while waiting to arm");
    }
    if (waited.suspended()) {
      ObjectNode e = journal.event("suspended");
      e.put("sleptMs", waited.slept().toMillis());
      e.put("missedByMs", waited.missedBy().toMillis());
      journal.append(e);
    }
    if (!waited.missedBy().isZero()) {
      console.warn(
          "this machine was asleep through the release instant: it passed "
              + ConsoleListener.human(waited.missedBy())
              + " ago. errand acts now, late, and the journal says so.");
    } else if (waited.suspended()) {
      console.warn(
          "this machine slept for "
              + ConsoleListener.human(waited.slept())
              + " while waiting; still in time");
    }
  }

  /** Traces the run per phase, unless the profile says not to or the recipe types secrets. */
  private Optional<RunListener> traceRecorder(
      Setup setup, BrowserSession session, AttemptFolder folder, JournalListener journal) {
    if (!setup.profile().trace()) {
      return Optional.empty();
    }
    if (typesSecrets(setup.recipe())) {
      journal.note("no trace: this recipe types secrets, and Playwright traces keep what is typed");
      console.detail("no trace: the recipe types secrets");
      return Optional.empty();
    }
    return Optional.of(
        new TraceRecorder(
            session.tracer(),
            folder.dir(),
            journal::artifactSaved,
            message -> {
              journal.note(message);
              console.detail(message);
            }));
  }

  static boolean typesSecrets(Recipe recipe) {
    return recipe.allSteps().stream()
        .anyMatch(
            step ->
                step instanceof Step.Fill && ((Step.Fill) step).value().secret()
                    || step instanceof Step.Select && ((Step.Select) step).option().secret());
  }

  private BrowserSession launch(
      Setup setup, Journal journal, AtomicBoolean ended, RequestBudget budget) {
    List<String> args = new ArrayList<>(setup.profile().browser().args());
    if (setup.remote().isPresent()) {
      RemoteHandoff remote = setup.remote().get();
      Optional<String> taken = remote.taken();
      if (taken.isPresent()) {
        ended.set(true);
        journal.append(
            outcome(journal, RunResult.of(Outcome.FAILED, "no remote handoff: " + taken.get())));
        throw new UserError(ExitCode.NO_BROWSER, taken.get());
      }
      remote.forgetStale(setup.dataDir());
      args.addAll(remote.chromiumArgs());
    }
    try {
      return launcher.launch(
          new LaunchSpec(setup.browserSetting(), setup.headless(), setup.dataDir(), args, budget));
    } catch (BrowserUnavailableException e) {
      ended.set(true);
      journal.append(
          outcome(journal, RunResult.of(Outcome.FAILED, "no browser: " + e.getMessage())));
      throw e;
    }
  }

  /**
   * Where the person can take the browser over through remote debugging, when the setup asks for
   * it. A port that did not open ends the run before anything happens: nobody could take over.
   */
  private Optional<URI> remoteDebugging(
      Setup setup, BrowserSession session, Journal journal, AtomicBoolean ended) {
    if (setup.remote().isEmpty()) {
      return Optional.empty();
    }
    RemoteHandoff remote = setup.remote().get();
    Optional<URI> devtools;
    try {
      devtools = remote.opened(setup.dataDir(), REMOTE_PORT_WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      devtools = Optional.empty();
    }
    if (devtools.isEmpty()) {
      ended.set(true);
      journal.append(
          outcome(
              journal, RunResult.of(Outcome.FAILED, "no remote handoff: " + remote.notOpened())));
      throw new UserError(ExitCode.NO_BROWSER, remote.notOpened());
    }
    return devtools;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook runs and finds the attempt ended
    }
  }

  private ObjectNode runStart(Journal journal, Setup setup) {
    Recipe recipe = setup.recipe();
    ObjectNode e = journal.event("run-start");
    e.put("errand", Version.errand());
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
    return e;
  }

  private static ObjectNode browserEvent(
      Journal journal, BrowserSession session, Optional<URI> devtools) {
    ObjectNode e = journal.event("browser");
    e.put("name", session.info().name());
    e.put("version", session.info().version());
    e.put("executable", session.info().executable());
    e.put("headless", session.info().headless());
    devtools.ifPresent(d -> e.put("devtools", d.toString()));
    return e;
  }

  private static ObjectNode outcome(Journal journal, RunResult result) {
    ObjectNode e = journal.event("outcome");
    e.put("outcome", result.outcome().id());
    e.put("message", result.message());
    return e;
  }

  private void printHeader(Setup setup, AttemptFolder folder) {
    Recipe recipe = setup.recipe();
    console.info(
        console.bold("errand " + Version.errand())
            + " · "
            + recipe.name()
            + console.dim("  (" + recipe.source() + ", profile " + setup.profile().name() + ")"));
    console.info(console.dim("site " + recipe.site() + " · attempt " + folder.dir()));
    recipe
        .release()
        .ifPresent(
            r ->
                console.info(
                    console.dim(
                        "release at "
                            + r
                            + " (site time); in "
                            + ConsoleListener.hms(
                                Math.max(0, Duration.between(clock.instant(), r).toSeconds())))));
  }

  private void printOutcome(RunResult result, AttemptFolder folder) {
    Outcome o = result.outcome();
    boolean good = o == Outcome.PURCHASED || o == Outcome.REACHED_PAYMENT || o == Outcome.COMPLETED;
    String headline = o.id() + " — " + result.message();
    console.always(
        console.bold("outcome: ") + (good ? console.green(headline) : console.red(headline)));
    result
        .step()
        .filter(s -> !good)
        .ifPresent(
            s -> console.always(console.dim("  at " + s.options().pos() + ": " + s.describe())));
    console.info(console.dim("journal: " + folder.journalFile()));
  }
}
