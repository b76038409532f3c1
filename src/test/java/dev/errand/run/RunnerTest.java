package dev.errand.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.Condition;
import dev.errand.recipe.HandoffReason;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.recipe.Value;
import dev.errand.recipe.Verdict;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SiteClock;
import dev.errand.timing.sync.LocalTimeline;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunnerTest {

  static final StepOptions OPT = StepOptions.DEFAULT;
  static final Locator BUY = new Locator.ByRole("button", "Buy", false);

  final FakePage page = new FakePage();
  final List<String> events = new ArrayList<>();
  final List<StepReport> reports = new ArrayList<>();
  HandoffResult handoffAnswer = HandoffResult.DONE;

  final RunListener listener =
      new RunListener() {
        @Override
        public void phaseStarted(Phase phase, int steps) {
          events.add("phase " + phase.yamlName());
        }

        @Override
        public void released(Instant release, ReleaseWaiter.Fired fired) {
          events.add("released");
        }

        @Override
        public void stepFinished(StepReport report) {
          reports.add(report);
        }

        @Override
        public void note(String message) {
          notes.add(message);
        }
      };

  final List<String> notes = new ArrayList<>();

  static Recipe recipe(
      Optional<Instant> release, List<Step> arm, List<Step> atRelease, List<Step> after) {
    Map<Phase, List<Step>> steps = new EnumMap<>(Phase.class);
    steps.put(Phase.ARM, arm);
    steps.put(Phase.AT_RELEASE, atRelease);
    steps.put(Phase.AFTER, after);
    return new Recipe(
        Path.of("r.yaml"),
        "00",
        "test",
        URI.create("https://shop.example/"),
        List.of("shop.example"),
        release,
        Map.of(),
        1,
        steps);
  }

  RunResult run(Recipe recipe) {
    SiteClock clock = SiteClock.local();
    ReleaseWaiter waiter = new ReleaseWaiter(clock, d -> {});
    HandoffResponder responder = (request, p, l) -> handoffAnswer;
    return new Runner(page, waiter, listener, responder, Evidence.NONE, RunSettings.DEFAULTS)
        .run(recipe);
  }

  @Test
  void runsThePhasesInOrderAroundTheReleaseInstant() {
    page.present.add(BUY.describe());
    RunResult result =
        run(
            recipe(
                Optional.of(Instant.now().minusMillis(1)),
                List.of(new Step.Goto("/event", OPT)),
                List.of(new Step.Reload(OPT)),
                List.of(new Step.Click(BUY, OPT))));
    assertEquals(Outcome.COMPLETED, result.outcome());
    assertEquals(List.of("phase arm", "released", "phase at-release", "phase after"), events);
    assertEquals(
        List.of("goto https://shop.example/event", "reload", "click " + BUY.describe()),
        page.actions);
  }

  @Test
  void stepsAreTimedOnTheTimelineTheRunnerIsGivenNotTheSystemClock() {
    Instant start = Instant.parse("2031-05-06T07:08:09Z");
    long[] nanos = {1_000};
    LocalTimeline time =
        new LocalTimeline(
            start,
            1_000,
            () -> {
              nanos[0] += 250_000_000L; // each reading: a quarter of a second later
              return nanos[0];
            });
    SiteClock clock = SiteClock.local();
    new Runner(
            page,
            new ReleaseWaiter(clock, d -> {}),
            listener,
            (request, p, l) -> handoffAnswer,
            Evidence.NONE,
            RunSettings.DEFAULTS,
            time)
        .run(recipe(Optional.empty(), List.of(new Step.Goto("/event", OPT)), List.of(), List.of()));
    StepReport goTo = reports.get(0);
    assertEquals(start.plusMillis(250), goTo.started());
    assertEquals(java.time.Duration.ofMillis(250), goTo.duration());
  }

  @Test
  void onlyTheAtReleaseStepsRunUrgently() {
    Locator checkout = new Locator.ByRole("link", "Checkout", false);
    page.present.add(BUY.describe());
    page.present.add(checkout.describe());
    run(
        recipe(
            Optional.of(Instant.now().minusMillis(1)),
            List.of(new Step.Goto("/event", OPT)),
            List.of(new Step.Reload(OPT), new Step.Click(BUY, OPT)),
            List.of(new Step.Click(checkout, OPT))));
    assertEquals(List.of("reload", "click " + BUY.describe()), page.urgentActions);
    assertFalse(page.urgent, "urgent ends with the at-release phase");
  }

  @Test
  void urgentEndsEvenWhenAnAtReleaseStepFails() {
    RunResult result =
        run(
            recipe(
                Optional.of(Instant.now().minusMillis(1)),
                List.of(),
                List.of(new Step.Click(BUY, OPT)),
                List.of(new Step.Reload(OPT))));
    assertEquals(Outcome.FAILED, result.outcome());
    assertEquals(List.of("click " + BUY.describe()), page.urgentActions);
    assertFalse(page.urgent);
  }

  @Test
  void aFailedStepEndsTheRunAndNamesIt() {
    Step click = new Step.Click(BUY, OPT);
    RunResult result =
        run(recipe(Optional.empty(), List.of(), List.of(), List.of(click, new Step.Reload(OPT))));
    assertEquals(Outcome.FAILED, result.outcome());
    assertEquals(Optional.of(click), result.step());
    assertTrue(result.message().contains("no visible element"), result.message());
    assertFalse(page.actions.contains("reload"), "no step runs after a failure");
    assertEquals(StepStatus.FAILED, reports.get(0).status());
  }

  @Test
  void anOptionalStepMayFail() {
    StepOptions optional = new StepOptions(true, Optional.empty(), Optional.empty(), OPT.pos());
    RunResult result =
        run(
            recipe(
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(new Step.Click(BUY, optional), new Step.Reload(OPT))));
    assertEquals(Outcome.COMPLETED, result.outcome());
    assertEquals(StepStatus.FAILED_OPTIONAL, reports.get(0).status());
    assertTrue(page.actions.contains("reload"));
  }

  @Test
  void whenFalseSkipsWithoutActing() {
    StepOptions when =
        new StepOptions(
            false, Optional.of(new Condition.Visible(BUY)), Optional.empty(), OPT.pos());
    run(recipe(Optional.empty(), List.of(), List.of(), List.of(new Step.Click(BUY, when))));
    assertEquals(StepStatus.SKIPPED, reports.get(0).status());
    assertTrue(page.actions.isEmpty(), page.actions.toString());
  }

  @Test
  void aFailedExpectEndsWithItsVerdict() {
    Step expect =
        new Step.Expect(
            new Condition.Hidden(new Locator.ByText("Sold out", false)),
            Verdict.SOLD_OUT,
            Optional.of("sold out before we got there"),
            OPT);
    page.present.add(new Locator.ByText("Sold out", false).describe());
    RunResult result = run(recipe(Optional.empty(), List.of(), List.of(), List.of(expect)));
    assertEquals(Outcome.SOLD_OUT, result.outcome());
    assertEquals("sold out before we got there", result.message());
  }

  @Test
  void gotoOutsideTheAllowedDomainsIsRefused() {
    RunResult result =
        run(
            recipe(
                Optional.empty(),
                List.of(new Step.Goto("https://evil.example/x", OPT)),
                List.of(),
                List.of()));
    assertEquals(Outcome.FAILED, result.outcome());
    assertTrue(result.message().contains("not in allowed-domains"), result.message());
    assertTrue(page.actions.isEmpty());
  }

  static Step.Handoff handoff(HandoffReason reason) {
    return new Step.Handoff(reason, "over to you", Optional.empty(), Optional.empty(), OPT);
  }

  @Test
  void aStepNeverActsOnAnErrorPageItLoadsThePageAgainFirst() {
    Locator checkout = new Locator.ByRole("link", "Checkout", false);
    page.present.add(checkout.describe());
    page.url = "https://shop.example/basket";
    page.errorPage = Optional.of("its title says 'Error 503'");
    RunResult result =
        run(recipe(Optional.empty(), List.of(new Step.Click(checkout, OPT)), List.of(), List.of()));
    assertEquals(Outcome.COMPLETED, result.outcome());
    assertEquals(
        List.of("goto https://shop.example/basket", "click " + checkout.describe()), page.actions);
    StepReport click = reports.get(0);
    assertEquals(StepStatus.OK, click.status());

    // a goto from an error page just goes: the page it leaves is not loaded again first
    page.actions.clear();
    page.errorPage = Optional.of("HTTP 503 Service Unavailable");
    run(recipe(Optional.empty(), List.of(new Step.Goto("/event", OPT)), List.of(), List.of()));
    assertEquals(List.of("goto https://shop.example/event"), page.actions);

    // an error page that answered a form, with no page of the run's to go back to: the step
    // fails, nothing is sent again
    page.actions.clear();
    page.errorPage = Optional.of("HTTP 503 Service Unavailable");
    page.afterSubmit = true;
    RunResult failed =
        run(recipe(Optional.empty(), List.of(new Step.Click(checkout, OPT)), List.of(), List.of()));
    assertEquals(Outcome.FAILED, failed.outcome());
    assertTrue(failed.message().contains("no page to go back to"), failed.message());
    assertEquals(List.of(), page.actions);
  }

  static final Locator NAME = new Locator.ByLabel("Name", false);
  static final Locator SEND = new Locator.ByRole("button", "Send", false);
  static final Locator NEXT = new Locator.ByRole("link", "Next", false);

  /** A form page: a name to fill, Send (whose answers {@code answers} says), then Next. */
  private Recipe formRecipe(java.util.Deque<Optional<String>> answers) {
    Locator name = NAME;
    Locator send = SEND;
    Locator next = NEXT;
    page.present.addAll(List.of(name.describe(), send.describe(), next.describe()));
    page.onClick =
        target -> {
          if (target.equals(send) && !answers.isEmpty()) {
            page.errorPage = answers.poll();
            page.afterSubmit = page.errorPage.isPresent();
          }
        };
    return recipe(
        Optional.empty(),
        List.of(
            new Step.Goto("/form", OPT),
            new Step.Fill(name, Value.of("Ada"), OPT),
            new Step.Click(send, OPT)),
        List.of(),
        List.of(new Step.Click(next, OPT)));
  }

  @Test
  void aFormTheSiteRefusedIsSentAgainFromThePageItsStepsBeganOn() {
    java.util.Deque<Optional<String>> answers = new java.util.ArrayDeque<>();
    answers.add(Optional.of("HTTP 503 Service Unavailable"));
    answers.add(Optional.of("its title says 'Too many requests'"));
    RunResult result = run(formRecipe(answers));
    assertEquals(Outcome.COMPLETED, result.outcome(), result.message());
    String form = "https://shop.example/form";
    List<String> once = List.of("fill " + NAME.describe() + "=Ada", "click " + SEND.describe());
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 0; i < 3; i++) {
      expected.add("goto " + form);
      expected.addAll(once);
    }
    expected.add("click " + NEXT.describe());
    assertEquals(expected, page.actions);
    // the click that brought the error page is no ✓: it failed, and was done again
    List<StepStatus> sends =
        reports.stream()
            .filter(r -> r.step() instanceof Step.Click c && c.target().equals(SEND))
            .map(StepReport::status)
            .toList();
    assertEquals(
        List.of(StepStatus.FAILED_OPTIONAL, StepStatus.FAILED_OPTIONAL, StepStatus.OK), sends);
    assertTrue(
        notes.stream()
            .anyMatch(n -> n.contains("errand goes back to " + form) && n.contains("try 2 of 4")),
        notes.toString());
  }

  @Test
  void aFormRefusedBeforeTheInstantIsSentAgainAndTheInstantIsStillWaitedFor() {
    java.util.Deque<Optional<String>> answers = new java.util.ArrayDeque<>();
    answers.add(Optional.of("HTTP 503 Service Unavailable"));
    Recipe arming = formRecipe(answers);
    page.present.add(BUY.describe());
    List<Boolean> urgentAtBuy = new ArrayList<>();
    java.util.function.Consumer<Locator> answer = page.onClick;
    page.onClick =
        target -> {
          answer.accept(target);
          if (target.equals(BUY)) {
            urgentAtBuy.add(page.urgent);
          }
        };
    RunResult result =
        run(
            recipe(
                Optional.of(Instant.now().minusMillis(1)),
                arming.steps(Phase.ARM),
                List.of(new Step.Click(BUY, OPT)),
                List.of()));
    assertEquals(Outcome.COMPLETED, result.outcome(), result.message());
    // the arm steps twice, then the instant (never skipped), then the at-release steps, urgent
    assertEquals(List.of("phase arm", "phase arm", "released", "phase at-release"), events);
    assertEquals(List.of(true), urgentAtBuy);
  }

  @Test
  void aFormTheSiteKeepsRefusingIsSentABoundedNumberOfTimes() {
    java.util.Deque<Optional<String>> answers = new java.util.ArrayDeque<>();
    for (int i = 0; i < 10; i++) {
      answers.add(Optional.of("HTTP 503 Service Unavailable"));
    }
    RunResult result = run(formRecipe(answers));
    assertEquals(Outcome.FAILED, result.outcome());
    assertTrue(result.message().contains("sent it again 3 times"), result.message());
    assertEquals(
        4, page.actions.stream().filter(a -> a.equals("click " + SEND.describe())).count());
  }

  @Test
  void noHandoffOnAnErrorPage() {
    handoffAnswer = HandoffResult.STOPPED;
    Recipe payAtTheEnd =
        recipe(Optional.empty(), List.of(), List.of(), List.of(handoff(HandoffReason.PAYMENT)));
    // the payment page came back as a 503 page: loaded again (a GET), then handed over
    page.url = "https://shop.example/payment";
    page.errorPage = Optional.of("HTTP 503 Service Unavailable");
    assertEquals(Outcome.REACHED_PAYMENT, run(payAtTheEnd).outcome());
    assertEquals(List.of("goto https://shop.example/payment", "front"), page.actions);

    // still an error page after loading it again: no handoff, no reached-payment
    page.actions.clear();
    page.errorPage = Optional.of("HTTP 503 Service Unavailable");
    page.errorPages.add(Optional.of("HTTP 503 Service Unavailable"));
    RunResult stillDown = run(payAtTheEnd);
    assertEquals(Outcome.FAILED, stillDown.outcome());
    assertTrue(stillDown.message().contains("error page"), stillDown.message());

    // the error answered a form errand submitted: not submitted again, no handoff
    page.actions.clear();
    page.errorPage = Optional.of("its title says 'Error 503'");
    page.afterSubmit = true;
    RunResult afterForm = run(payAtTheEnd);
    assertEquals(Outcome.FAILED, afterForm.outcome());
    assertEquals(List.of(), page.actions, "nothing submitted or loaded again");
  }

  @Test
  void handoffsEndHonestly() {
    handoffAnswer = HandoffResult.STOPPED;
    assertEquals(
        Outcome.REACHED_PAYMENT,
        run(recipe(Optional.empty(), List.of(), List.of(), List.of(handoff(HandoffReason.PAYMENT))))
            .outcome());
    handoffAnswer = HandoffResult.DONE;
    assertEquals(
        Outcome.PURCHASED,
        run(recipe(Optional.empty(), List.of(), List.of(), List.of(handoff(HandoffReason.PAYMENT))))
            .outcome());
    handoffAnswer = HandoffResult.TIMED_OUT;
    assertEquals(
        Outcome.BLOCKED,
        run(recipe(
                Optional.empty(), List.of(), List.of(), List.of(handoff(HandoffReason.CHALLENGE))))
            .outcome());
    handoffAnswer = HandoffResult.ABORTED;
    assertEquals(
        Outcome.ABORTED,
        run(recipe(Optional.empty(), List.of(), List.of(), List.of(handoff(HandoffReason.OTHER))))
            .outcome());
  }

  @Test
  void aPaymentThePersonEndsIsNotAPurchaseAndSaysWhy() {
    handoffAnswer = HandoffResult.CONTINUED;
    RunResult blind =
        run(
            recipe(
                Optional.empty(), List.of(), List.of(), List.of(handoff(HandoffReason.PAYMENT))));
    assertEquals(Outcome.REACHED_PAYMENT, blind.outcome());
    assertTrue(blind.message().contains("add 'until:'"), "without until, the hint: " + blind);

    Condition confirmed = new Condition.Visible(new Locator.ByText("Order confirmed", false));
    RunResult early =
        run(
            recipe(
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(
                    new Step.Handoff(
                        HandoffReason.PAYMENT,
                        "pay",
                        Optional.of(confirmed),
                        Optional.empty(),
                        OPT))));
    assertEquals(Outcome.REACHED_PAYMENT, early.outcome());
    assertEquals(
        "the person ended the wait at payment before its until: held ("
            + confirmed.describe()
            + ")",
        early.message());
  }

  @Test
  void aSolvedChallengeCarriesOn() {
    handoffAnswer = HandoffResult.DONE;
    RunResult result =
        run(
            recipe(
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(handoff(HandoffReason.CHALLENGE), new Step.Reload(OPT))));
    assertEquals(Outcome.COMPLETED, result.outcome());
    assertTrue(page.actions.contains("front"), "the window is raised for the person");
    assertTrue(page.actions.contains("reload"));
  }

  @Test
  void everyStepTypeHasAHandler() {
    StepHandlers handlers = StepHandlers.standard();
    for (Class<?> type : Step.class.getPermittedSubclasses()) {
      assertTrue(handlers.handles(type), "no handler for " + type.getSimpleName());
    }
  }

  @Test
  void secretValuesAreMaskedInDescriptions() {
    Step fill =
        new Step.Fill(new Locator.ByLabel("Password", false), new Value("hunter2", true), OPT);
    assertFalse(fill.describe().contains("hunter2"), fill.describe());
  }

  static final Locator PAY = new Locator.ByRole("button", "Pay £90.00", false);

  @Test
  void aStepThatWouldPressPayIsRefusedAndBecomesAPaymentHandoff() {
    page.present.add(PAY.describe());
    page.paymentControls.add(PAY.describe());
    handoffAnswer = HandoffResult.STOPPED;
    List<HandoffRequest> handoffs = new ArrayList<>();
    HandoffResponder responder =
        (request, p, l) -> {
          handoffs.add(request);
          return handoffAnswer;
        };
    RunResult result =
        new Runner(
                page,
                new ReleaseWaiter(SiteClock.local(), d -> {}),
                listener,
                responder,
                Evidence.NONE,
                RunSettings.DEFAULTS)
            .run(recipe(Optional.empty(), List.of(), List.of(), List.of(new Step.Click(PAY, OPT))));
    assertFalse(page.actions.contains("click " + PAY.describe()), "never clicked: " + page.actions);
    assertEquals(Outcome.REACHED_PAYMENT, result.outcome());
    assertEquals(1, handoffs.size());
    assertEquals(HandoffReason.PAYMENT, handoffs.get(0).reason());
    assertTrue(handoffs.get(0).automatic());
    assertTrue(handoffs.get(0).message().contains("never presses"), handoffs.get(0).message());
  }

  @Test
  void aChallengeNobodyPlannedForIsHandedOverAndTheRunCarriesOnAfter() {
    page.present.add(BUY.describe());
    page.detections =
        List.of(
            new dev.errand.browser.Detection(
                dev.errand.browser.Detection.Kind.CHALLENGE, "reCAPTCHA", "iframe"));
    List<HandoffRequest> handoffs = new ArrayList<>();
    HandoffResponder responder =
        (request, p, l) -> {
          handoffs.add(request);
          page.detections = List.of(); // the person solved it
          return HandoffResult.DONE;
        };
    RunResult result =
        new Runner(
                page,
                new ReleaseWaiter(SiteClock.local(), d -> {}),
                listener,
                responder,
                Evidence.NONE,
                RunSettings.DEFAULTS)
            .run(
                recipe(
                    Optional.empty(),
                    List.of(),
                    List.of(),
                    List.of(new Step.Click(BUY, OPT), new Step.Reload(OPT))));
    assertEquals(Outcome.COMPLETED, result.outcome());
    assertEquals(1, handoffs.size());
    assertEquals(HandoffReason.CHALLENGE, handoffs.get(0).reason());
    assertTrue(handoffs.get(0).message().contains("reCAPTCHA"));
    assertTrue(page.actions.contains("reload"), "carried on after the person: " + page.actions);
  }

  @Test
  void thePagesWatchWaitsWhenTheRecipeHandsOverNextAndDuringTheStrike() {
    page.present.add(BUY.describe());
    run(
        recipe(
            Optional.of(Instant.now().minusMillis(1)),
            List.of(),
            List.of(new Step.Reload(OPT), new Step.Click(BUY, OPT), new Step.Reload(OPT)),
            List.of(new Step.Reload(OPT), handoff(HandoffReason.CHALLENGE))));
    // at-release: only after its last step; after: not before the recipe's own handoff, nor after
    // it
    assertEquals(1, page.detectCalls);
  }

  @Test
  void theWatchLooksPastWaitsChecksAndScreenshotsToAPlannedHandoff() {
    List<Step> steps =
        List.of(
            new Step.Click(BUY, OPT),
            new Step.WaitFor(new Condition.UrlMatches("**/payment"), OPT),
            new Step.Screenshot("payment", false, OPT),
            handoff(HandoffReason.PAYMENT));
    assertTrue(Runner.handsOffNext(steps, 0));
    assertTrue(Runner.handsOffNext(steps, 3));
    assertFalse(
        Runner.handsOffNext(
            List.of(new Step.Click(BUY, OPT), new Step.Reload(OPT), handoff(HandoffReason.PAYMENT)),
            0));
  }
}
