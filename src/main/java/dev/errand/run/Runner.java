package dev.errand.run;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserGoneException;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.Detection;
import dev.errand.browser.QueueState;
import dev.errand.browser.Strike;
import dev.errand.browser.StruckStep;
import dev.errand.recipe.Condition;
import dev.errand.recipe.HandoffReason;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.run.steps.HandoffHandler;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.sync.LocalTimeline;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks a resolved recipe: the arm steps, then (when the recipe has a release instant) waits for
 * it, then the at-release steps (with the page {@link BrowserPage#urgent urgent}) and the after
 * steps. Reports through a {@link RunListener}; knows nothing about files, consoles or Playwright.
 */
public final class Runner {

  private static final Logger log = LoggerFactory.getLogger(Runner.class);

  private final BrowserPage page;
  private final ReleaseWaiter waiter;
  private final RunListener listener;
  private final HandoffResponder responder;
  private final Evidence evidence;
  private final RunSettings settings;
  private final LocalTimeline time;
  private final StepHandlers handlers;
  private final PageWatch watch;
  private final FormRedo redo = new FormRedo();
  private final ShopLimitGuard limits;
  private final OffSiteGuard offSite;

  /**
   * Set once the steps run again after the instant (inside the release window, or after a refused
   * form): from then on the at-release steps are not urgent, and every page load, click included,
   * waits for its turn in the request budget.
   */
  private boolean instantOver;

  /** Set when the at-release steps first start (the instant has come, or the recipe has none). */
  private boolean atReleaseStarted;

  private final WaitingRoomWait queue;
  private Optional<Condition> paymentDone = Optional.empty();
  private final OverlayGuard overlays;
  private List<Locator> dismissRules = List.of();

  /** The release instant once reached, for telling when the page's steps started. */
  private @Nullable Instant released;

  /** The page the at-release steps started on, which a try inside the release window reopens. */
  private String releasePage = "";

  /** Where the run may come back to after a browser crash. */
  private final SafePoints safePoints;

  private Relauncher relauncher = Relauncher.NONE;
  private int maxRelaunches = Relauncher.DEFAULT_MAX;

  /** A runner on this machine's clock. */
  public Runner(
      BrowserPage page,
      ReleaseWaiter waiter,
      RunListener listener,
      HandoffResponder responder,
      Evidence evidence,
      RunSettings settings) {
    this(page, waiter, listener, responder, evidence, settings, LocalTimeline.system());
  }

  /** A runner that reads the local time (steps' starts and durations) only from {@code time}. */
  public Runner(
      BrowserPage page,
      ReleaseWaiter waiter,
      RunListener listener,
      HandoffResponder responder,
      Evidence evidence,
      RunSettings settings,
      LocalTimeline time) {
    this.time = time;
    this.page = page;
    this.waiter = waiter;
    this.safePoints = new SafePoints(page);
    this.listener = new Listeners(List.of(listener, safePoints));
    this.responder = responder;
    this.evidence = evidence;
    this.settings = settings;
    this.handlers = StepHandlers.standard();
    this.watch = new PageWatch(page);
    this.overlays = new OverlayGuard(page, listener);
    this.queue = new WaitingRoomWait(page, listener, settings.queueTimeout(), time::nanoTime);
    this.limits = new ShopLimitGuard(page, listener);
    this.offSite = new OffSiteGuard(page, listener);
  }

  /** Runs {@code recipe} (variables already resolved) to its end and returns how it ended. */
  public RunResult run(Recipe recipe) {
    StepContext context = new StepContext(page, recipe, settings, evidence, listener, responder);
    page.listen(new PageEventsRelay(listener));
    page.confine(recipe.allowedDomains());
    paymentDone = paymentDoneCondition(recipe);
    dismissRules = recipe.dismiss();
    RunResult result;
    ReleaseWindow.unusable(recipe).ifPresent(listener::note);
    Optional<FormRedo.Point> from = Optional.empty();
    safePoints.follow(recipe);
    BrowserResume resume =
        new BrowserResume(page, relauncher, maxRelaunches, listener, settings, time, safePoints);
    while (true) {
      try {
        runFrom(from, recipe, context);
        result =
            offSite
                .ending(Optional.empty())
                .orElse(RunResult.of(Outcome.COMPLETED, "all steps done"));
        break;
      } catch (FormRefused e) {
        Optional<RunResult> stop = stopUnlessRedone(e);
        if (stop.isPresent()) {
          result = stop.get();
          break;
        }
        // a form refused before the instant is sent again as before it; after, without urgency
        instantOver = atReleaseStarted;
        try {
          from =
              Optional.of(
                  redo.back(
                      e,
                      page,
                      listener,
                      settings.stepTimeout(),
                      p -> recipe.steps(p.phase()).get(p.index())));
        } catch (BrowserActionException | BrowserGoneException b) {
          result =
              RunResult.of(
                  Outcome.FAILED, messageOf(e) + ", and errand could not go back: " + messageOf(b));
          break;
        }
      } catch (RunEnded e) {
        result = againInsideWindow(e, recipe, context);
        break;
      } catch (BrowserGoneException e) {
        BrowserResume.Back back = resume.after(e, context);
        if (back.end().isPresent()) {
          result = back.end().get();
          break;
        }
        instantOver = atReleaseStarted;
        from = back.from();
      }
    }
    result = handOverLivePayControl(result, recipe, context);
    if (result.outcome() == Outcome.FAILED) {
      limits.noteStated();
    }
    saveFinalEvidence(result);
    listener.finished(result);
    return result;
  }

  /** Whether {@code phase}'s steps run urgently: the at-release steps, the first time only. */
  private boolean urgent(Phase phase) {
    return phase == Phase.AT_RELEASE && !instantOver;
  }

  /**
   * Runs the recipe from its start ({@code from} empty: the arm steps, the wait for the instant,
   * the at-release and after steps) or, after a refused form, from the point the runner went back
   * to (the instant is not waited for again).
   */
  private void runFrom(Optional<FormRedo.Point> from, Recipe recipe, StepContext context) {
    Phase phase = from.map(FormRedo.Point::phase).orElse(Phase.ARM);
    int index = from.map(FormRedo.Point::index).orElse(0);
    if (phase == Phase.ARM) {
      runPhase(Phase.ARM, recipe, context, Strike.none(), index);
      if (!atReleaseStarted) {
        // the instant is still ahead (or the recipe has none): wait for it as the first time
        releasePage = page.url();
        refuseOverTheShopsLimit(recipe);
        Strike strike = Strike.none();
        try {
          if (recipe.release().isPresent()) {
            strike = prepareStrike(recipe.steps(Phase.AT_RELEASE), context);
            awaitRelease(recipe.release().get(), strike);
          }
          runPhase(Phase.AT_RELEASE, recipe, context, strike, 0);
        } finally {
          strike.close();
        }
      } else {
        runPhase(Phase.AT_RELEASE, recipe, context, Strike.none(), 0);
      }
    } else if (phase == Phase.AT_RELEASE) {
      runPhase(Phase.AT_RELEASE, recipe, context, Strike.none(), index);
    }
    runPhase(Phase.AFTER, recipe, context, Strike.none(), phase == Phase.AFTER ? index : 0);
  }

  /** The run's end when a refused form cannot be sent again; empty when the runner goes back. */
  private Optional<RunResult> stopUnlessRedone(FormRefused refused) {
    if (redo.canRedo()) {
      return Optional.empty();
    }
    return Optional.of(RunResult.of(Outcome.FAILED, refusedForGood(refused)));
  }

  private String refusedForGood(FormRefused refused) {
    return messageOf(refused)
        + (redo.redos() == 0
            ? "; errand has no page to go back to, and does not send it again from here"
            : "; errand went back and sent it again " + redo.redos() + " times");
  }

  /**
   * Waits for the instant, then fires the strike first and tells the listeners after. The strike
   * learns the instant ahead, so the page can start by itself without waiting for errand's word.
   */
  private void awaitRelease(Instant release, Strike strike) {
    evidence.screenshot("armed", page).ifPresent(p -> listener.artifactSaved("screenshot", p));
    ReleaseWaiter.Fired fired =
        waiter.waitUntil(
            release,
            remaining -> {
              overlays.whileWaiting(remaining, dismissRules);
              listener.waiting(release, remaining);
            },
            new ReleaseWaiter.Ahead() {
              @Override
              public void target(Instant target, InstantSource siteClock) {
                strike.startAt(target, siteClock);
              }

              @Override
              public void withdraw() {
                strike.withdrawStart();
              }
            });
    strike.fire();
    released = release;
    listener.released(release, fired);
  }

  /**
   * The at-release steps the page can run by itself, set up before the instant; none when there are
   * none or the page cannot take them (the normal path then runs them all).
   */
  private Strike prepareStrike(List<Step> steps, StepContext context) {
    if (steps.isEmpty()) {
      return Strike.none();
    }
    try {
      return page.prepareStrike(steps, context::timeout);
    } catch (RuntimeException e) {
      log.debug("no strike inside the page", e);
      return Strike.none();
    }
  }

  private void runPhase(Phase phase, Recipe recipe, StepContext context, Strike strike, int start) {
    if (phase == Phase.AT_RELEASE) {
      atReleaseStarted = true;
    }
    List<Step> steps = recipe.steps(phase);
    if (steps.isEmpty()) {
      return;
    }
    listener.phaseStarted(phase, steps.size());
    // At the instant every millisecond counts: the page takes its fastest trusted path.
    boolean urgent = urgent(phase);
    if (urgent) {
      page.urgent(true);
    }
    if (phase == Phase.AT_RELEASE && start == 0) {
      // a form refused from here on is sent again from the page the release began on
      redo.restartAt(Phase.AT_RELEASE, releasePage);
    }

    try {
      int from = strike.covers() > 0 ? reportStrike(phase, steps, strike) : start;
      if (from == steps.size() && !handsOffNext(steps, from - 1)) {
        watch(steps.get(from - 1), context);
      }
      for (int i = from; i < steps.size(); i++) {
        runStep(phase, i, steps.get(i), context);
        boolean last = i == steps.size() - 1;
        // the strike is not slowed down: during it, look only once it is over
        if ((!urgent || last) && !handsOffNext(steps, i)) {
          watch(steps.get(i), context);
        }
      }
    } finally {
      if (urgent) {
        page.urgent(false);
      }
    }
  }

  /**
   * Waits for the fired strike and reports the steps the page did as the normal path would; returns
   * how many it did (the normal path runs the rest).
   */
  private int reportStrike(Phase phase, List<Step> steps, Strike strike) {
    Strike.Struck struck = strike.outcome();
    struck.start().map(how -> how + startedWhen(struck)).ifPresent(listener::note);
    for (int i = 0; i < struck.steps().size(); i++) {
      StruckStep done = struck.steps().get(i);
      Step step = steps.get(i);
      listener.stepStarted(phase, i, step, done.started());
      Optional<String> message =
          done.skipped()
              ? Optional.of("skipped: " + step.options().when().get().describe() + " does not hold")
              : done.failed();
      listener.stepFinished(
          new StepReport(
              phase,
              i,
              step,
              done.skipped()
                  ? StepStatus.SKIPPED
                  : done.failed().isPresent() ? StepStatus.FAILED_OPTIONAL : StepStatus.OK,
              done.started(),
              done.took(),
              done.matched(),
              message));
    }
    int done = struck.steps().size();
    if (done < steps.size()) {
      String why = struck.stoppedBecause().map(w -> " (" + w + ")").orElse("");
      listener.note(
          done == 0
              ? "the page did not run the strike" + why + "; errand runs the steps itself"
              : "the page ran "
                  + done
                  + " of the steps"
                  + why
                  + "; errand carries on from step "
                  + (done + 1));
    }
    return done;
  }

  /**
   * When the page's first step started, against the instant on the site clock: "; its first step
   * started at +12.3 ms on the site clock"; nothing when the page did no step.
   */
  private String startedWhen(Strike.Struck struck) {
    if (struck.steps().isEmpty() || released == null) {
      return "";
    }
    Instant first = waiter.clock().at(struck.steps().get(0).started());
    return String.format(
        Locale.ROOT,
        "; its first step started at %+.1f ms on the site clock",
        Duration.between(released, first).toNanos() / 1e6);
  }

  private void runStep(Phase phase, int index, Step step, StepContext context) {
    long t0 = time.nanoTime();
    Instant started = time.instant(t0);
    listener.stepStarted(phase, index, step, started);
    if (waitsInRoomFirst(phase, index, step, started, t0, context)) {
      return;
    }
    if (step.options().when().isPresent() && !holdsQuietly(step)) {
      reportWhy(
          phase,
          index,
          step,
          StepStatus.SKIPPED,
          started,
          t0,
          "skipped: " + step.options().when().get().describe() + " does not hold");
      return;
    }
    Optional<String> refusal = CardValues.refusal(step).or(() -> watch.refusal(step));
    if (refusal.isPresent()) {
      listener.refused(step, refusal.get());
      report(phase, index, step, StepStatus.FAILED, started, t0, Optional.empty(), refusal);
      handOver(
          Detection.Kind.PAYMENT,
          refusal.get() + ". Over to you.",
          "a step refused",
          step,
          context);
      return;
    }
    Optional<String> overLimit = limits.refusal(step);
    if (overLimit.isPresent()) {
      listener.refused(step, overLimit.get());
      report(phase, index, step, StepStatus.FAILED, started, t0, Optional.empty(), overLimit);
      throw new RunEnded(RunResult.at(Outcome.FAILED, overLimit.get(), step));
    }
    try {
      offSite.stopIfLeft(step);
      SoftBan.stopIfBlocked(page, step);
      // a goto or reload loads a page anyway (and refuses an error page itself)
      if (!urgent(phase) && !(step instanceof Step.Goto) && !(step instanceof Step.Reload)) {
        // no step acts on, or passes on, a server's error page (at the instant the page's own
        // checks stand in: nothing is read in between)
        ErrorPageGuard.ensureSitePage(page, listener, settings.stepTimeout(), Optional.empty());
        redo.stepOn(phase, index, page.url());
      }
      if (!urgent(phase)) {
        overlays.beforeStep(step, dismissRules);
      }
      Optional<String> matched =
          overlays.retryIfCovered(
              step, () -> executeThroughRooms(phase, step, context), dismissRules);
      offSite.stopIfLeft(step);
      if (!urgent(phase)
          && loadsPages(step)
          && !(step instanceof Step.Goto)
          && !(step instanceof Step.Reload)) {
        // a click or key that brought an error page is not a success: a plain load is loaded again,
        // a refused form goes back (a goto or reload refuses an error page itself)
        ErrorPageGuard.ensureSitePage(page, listener, settings.stepTimeout(), Optional.empty());
      }
      SoftBan.stopIfBlocked(page, step);
      report(phase, index, step, StepStatus.OK, started, t0, matched, Optional.empty());
    } catch (RunEnded e) {
      StepStatus status =
          e.result().outcome() == Outcome.PURCHASED
                  || e.result().outcome() == Outcome.REACHED_PAYMENT
              ? StepStatus.OK
              : StepStatus.FAILED;
      reportWhy(phase, index, step, status, started, t0, e.result().message());
      throw e;
    } catch (FormRefused e) {
      if (redo.canRedo()) {
        reportWhy(phase, index, step, StepStatus.FAILED_OPTIONAL, started, t0, messageOf(e));
        throw e;
      }
      failed(phase, index, step, started, t0, refusedForGood(e), e);
    } catch (BrowserGoneException e) {
      throw e; // not the step's failure: the run comes back after a new browser starts
    } catch (BrowserActionException | IllegalStateException e) {
      failed(phase, index, step, started, t0, messageOf(e), e);
    } catch (RuntimeException e) {
      failed(phase, index, step, started, t0, "unexpected error: " + e, e);
    }
  }

  /**
   * Whether the recipe already plans to hand over next (its next step, past any waits, checks and
   * screenshots, is a handoff), so errand need not do it by itself.
   */
  static boolean handsOffNext(List<Step> steps, int i) {
    if (steps.get(i) instanceof Step.Handoff) {
      return true;
    }
    for (int j = i + 1; j < steps.size(); j++) {
      Step next = steps.get(j);
      if (next instanceof Step.Handoff) {
        return true;
      }
      boolean passive =
          next instanceof Step.WaitFor
              || next instanceof Step.Expect
              || next instanceof Step.Screenshot;
      if (!passive) {
        return false;
      }
    }
    return false;
  }

  /** After a step: a challenge or payment page the recipe did not plan for is the person's. */
  private void watch(Step after, StepContext context) {
    Optional<Detection> seen = watch.personsTurn();
    if (seen.isEmpty()) {
      return;
    }
    Detection d = seen.get();
    listener.detected(d);
    String message =
        d.kind() == Detection.Kind.CHALLENGE
            ? "errand sees " + d.what() + ": solve it in the browser window"
            : "errand sees " + d.what() + ": payment is yours, in the browser window";
    handOver(d.kind(), message, d.describe(), after, context);
  }

  private void handOver(
      Detection.Kind kind, String message, String detected, Step at, StepContext context) {
    boolean payment = kind == Detection.Kind.PAYMENT;
    Step.Handoff handoff =
        new Step.Handoff(
            payment ? HandoffReason.PAYMENT : HandoffReason.CHALLENGE,
            message,
            payment ? paymentDone : Optional.empty(),
            Optional.empty(),
            at.options());
    HandoffHandler.handOver(handoff, Optional.of(detected), context);
  }

  /** What tells errand the person has paid: the {@code until} of the recipe's payment handoff. */
  private static Optional<Condition> paymentDoneCondition(Recipe recipe) {
    return recipe.allSteps().stream()
        .filter(step -> step instanceof Step.Handoff)
        .map(step -> (Step.Handoff) step)
        .filter(h -> h.reason() == HandoffReason.PAYMENT && h.until().isPresent())
        .findFirst()
        .flatMap(Step.Handoff::until);
  }

  private void failed(
      Phase phase, int index, Step step, Instant started, long t0, String message, Exception e) {
    log.debug("step {} failed", step.describe(), e);
    Optional<RunResult> left = offSite.ending(Optional.of(step));
    if (left.isPresent()) {
      reportWhy(phase, index, step, StepStatus.FAILED, started, t0, left.get().message());
      throw new RunEnded(left.get());
    }
    Optional<RunResult> banned = SoftBan.ending(page, step);
    if (banned.isPresent()) {
      reportWhy(phase, index, step, StepStatus.FAILED, started, t0, message);
      throw new RunEnded(banned.get());
    }
    if (step.options().optional()) {
      reportWhy(phase, index, step, StepStatus.FAILED_OPTIONAL, started, t0, message);
      return;
    }
    reportWhy(phase, index, step, StepStatus.FAILED, started, t0, message);
    throw new RunEnded(RunResult.at(Outcome.FAILED, message, step));
  }

  /** The exception's message; its class and nothing else when it has none. */
  private static String messageOf(RuntimeException e) {
    return Objects.requireNonNullElse(e.getMessage(), e.toString());
  }

  private boolean holdsQuietly(Step step) {
    try {
      return page.holds(step.options().when().get());
    } catch (BrowserActionException e) {
      log.debug("when-condition of {} could not be checked: {}", step.describe(), e.getMessage());
      return false;
    }
  }

  /** Reports a step that matched nothing, with {@code why} it ended as it did. */
  private void reportWhy(
      Phase phase, int index, Step step, StepStatus status, Instant started, long t0, String why) {
    report(phase, index, step, status, started, t0, Optional.empty(), Optional.of(why));
  }

  private void report(
      Phase phase,
      int index,
      Step step,
      StepStatus status,
      Instant started,
      long t0,
      Optional<String> matched,
      Optional<String> message) {
    Duration took = Duration.ofNanos(time.nanoTime() - t0);
    listener.stepFinished(
        new StepReport(phase, index, step, status, started, took, matched, message));
  }

  private void saveFinalEvidence(RunResult result) {
    boolean bad =
        result.outcome() == Outcome.FAILED
            || result.outcome() == Outcome.SOLD_OUT
            || result.outcome() == Outcome.TOO_EARLY
            || result.outcome() == Outcome.BLOCKED;
    try {
      if (bad) {
        evidence.html("failure", page).ifPresent(p -> listener.artifactSaved("html", p));
      }
      evidence
          .screenshot(bad ? "failure" : "end", page)
          .ifPresent(p -> listener.artifactSaved("screenshot", p));
    } catch (RuntimeException e) {
      log.debug("could not save the final evidence", e);
      listener.note("could not save the final screenshot: " + e.getMessage());
    }
  }

  /**
   * How the run ends after the release's steps ended it with {@code ended}: inside the recipe's
   * release window a sold-out or too-early ending is tried again (a pause, the release page loaded
   * again through the page's paced loads, the at-release and after steps from the start), until a
   * try gets through or the window has passed; any other ending stands at once.
   */
  private RunResult againInsideWindow(RunEnded ended, Recipe recipe, StepContext context) {
    if (released == null) {
      return ended.result();
    }
    ReleaseWindow window = new ReleaseWindow(recipe, released, waiter.clock());
    RunResult last = ended.result();
    instantOver = true;
    for (int attempt = 2; ; attempt++) {
      Optional<String> again = window.again(last, attempt);
      if (again.isEmpty()) {
        window.stands(last, attempt - 1).ifPresent(listener::note);
        return last;
      }
      listener.note(again.get());
      try {
        page.pause(window.pause());
        // with no page before the instant, the at-release steps load their own
        boolean hadPage = !releasePage.isEmpty() && !releasePage.startsWith("about:");
        if (hadPage && page.url().equals(releasePage)) {
          page.reload(settings.stepTimeout());
        } else if (hadPage) {
          page.navigate(releasePage, settings.stepTimeout());
        }
        runPhase(Phase.AT_RELEASE, recipe, context, Strike.none(), 0);
        runPhase(Phase.AFTER, recipe, context, Strike.none(), 0);
        return RunResult.of(Outcome.COMPLETED, "all steps done");
      } catch (RunEnded e) {
        last = e.result();
      } catch (FormRefused e) {
        return RunResult.of(Outcome.FAILED, refusedForGood(e));
      } catch (BrowserActionException | BrowserGoneException e) {
        return RunResult.of(
            Outcome.FAILED, "could not load the release page again: " + messageOf(e));
      }
    }
  }

  /**
   * Before a step (outside the instant's urgency, and before any reload): in a waiting room errand
   * waits until it is through, then runs the step. A reload there is refused and not run. Returns
   * whether the step is done with (reported).
   */
  private boolean waitsInRoomFirst(
      Phase phase, int index, Step step, Instant started, long t0, StepContext context) {
    boolean reload = step instanceof Step.Reload;
    if (phase == Phase.AT_RELEASE && !reload) {
      return false;
    }
    Optional<QueueState> room = queue.roomIfNew();
    if (room.isEmpty()) {
      return false;
    }
    if (reload) {
      listener.refused(step, WaitingRoomWait.NO_RELOAD);
    }
    try {
      queue.waitIn(room.get(), step, () -> watch(step, context));
    } catch (RunEnded e) {
      reportWhy(phase, index, step, StepStatus.FAILED, started, t0, e.result().message());
      throw e;
    } catch (BrowserActionException e) {
      failed(phase, index, step, started, t0, messageOf(e), e);
      return true;
    }
    if (!reload) {
      return false;
    }
    reportWhy(
        phase,
        index,
        step,
        StepStatus.SKIPPED,
        started,
        t0,
        "not run: " + WaitingRoomWait.NO_RELOAD + ", and it let errand through");
    return true;
  }

  /** How many times one step waits out a waiting room that held it up, at most. */
  private static final int ROOM_RETRIES = 3;

  /**
   * Runs the step. One that loads a page and lands in a waiting room waits in it (outside the
   * instant's urgency); one that failed because the page had become a waiting room waits in it and
   * runs again once through (a reload is not run again: the room loaded the page).
   */
  private Optional<String> executeThroughRooms(Phase phase, Step step, StepContext context) {
    Runnable personsTurn = () -> watch(step, context);
    for (int tries = 0; ; tries++) {
      try {
        Optional<String> matched = handlers.execute(step, context);
        if (loadsPages(step)) {
          queue.mayHaveLoaded();
          if (phase != Phase.AT_RELEASE) {
            queue.waitThrough(step, personsTurn);
          }
        }
        return matched;
      } catch (BrowserActionException | IllegalStateException | RunEnded e) {
        boolean verdict = e instanceof RunEnded;
        if ((verdict && !(step instanceof Step.Expect))
            || tries >= ROOM_RETRIES
            || !queue.waitThrough(step, personsTurn)) {
          throw e;
        }
        if (step instanceof Step.Reload) {
          return Optional.of("the waiting room loaded the page");
        }
        listener.note(
            "'"
                + step.describe()
                + "' met a waiting room ("
                + messageOf(e)
                + "); through it now, errand runs the step again");
      }
    }
  }

  /** The steps that may load a page: a goto, a reload, a click or a key press. */
  private static boolean loadsPages(Step step) {
    return step instanceof Step.Goto
        || step instanceof Step.Reload
        || step instanceof Step.Click
        || step instanceof Step.Press;
  }

  /**
   * When errand stops acting on a page with a live pay or confirm control ({@link FinalLook}): a
   * payment handoff, and the run ends as it ends; otherwise {@code result} stands.
   */
  private RunResult handOverLivePayControl(RunResult result, Recipe recipe, StepContext context) {
    Optional<FinalLook.PayControl> seen = FinalLook.after(result, recipe, page);
    if (seen.isEmpty()) {
      return result;
    }
    FinalLook.PayControl control = seen.get();
    try {
      handOver(
          Detection.Kind.PAYMENT,
          control.message(result),
          control.detected(),
          control.at(),
          context);
    } catch (RunEnded e) {
      return e.result();
    } catch (RuntimeException e) {
      log.debug("could not hand over at the final confirm page", e);
      listener.note("the page shows '" + control.name() + "': placing the order is yours");
      return result;
    }
    return RunResult.at(Outcome.REACHED_PAYMENT, control.message(result), control.at());
  }

  /**
   * Before the instant: a recipe asking for more than the per-customer limit the sale page states
   * ends here, before anything is bought ({@link ShopLimitGuard}).
   */
  private void refuseOverTheShopsLimit(Recipe recipe) {
    Optional<RunResult> over = limits.beforeRelease(recipe);
    if (over.isPresent()) {
      listener.note(over.get().message());
      throw new RunEnded(over.get());
    }
  }

  /**
   * After a browser crash, start a new browser through {@code relauncher}, at most {@code max}
   * times in a run, and go on from the last safe point; without one, a crash ends the run.
   */
  public Runner relaunchingWith(Relauncher relauncher, int max) {
    this.relauncher = relauncher;
    this.maxRelaunches = max;
    return this;
  }
}
