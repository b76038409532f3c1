package dev.errand.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.QueueState;
import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SiteClock;
import dev.errand.timing.sync.LocalTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The runner in a waiting room, on a fake page whose time passes only while errand pauses: it stays
 * on the page, never reloads it, waits past step timeouts up to the queue timeout, tells the place
 * in line as it changes and carries on with the recipe once through.
 */
@Timeout(10)
class WaitingRoomRunTest {

  static final StepOptions OPT = StepOptions.DEFAULT;
  static final Locator BUY = new Locator.ByRole("button", "Buy", false);
  static final Locator TICKETS = new Locator.ByRole("region", "Tickets", false);

  final FakePage page = new FakePage();
  final List<String> events = new ArrayList<>();
  final List<StepReport> reports = new ArrayList<>();

  final RunListener listener =
      new RunListener() {
        @Override
        public void queued(QueueState room, Duration waited, String pageUrl) {
          events.add("queued " + room.place() + " after " + waited.toSeconds() + "s");
        }

        @Override
        public void throughQueue(QueueState room, Duration waited, String pageUrl) {
          events.add("through after " + waited.toSeconds() + "s");
        }

        @Override
        public void refused(Step step, String why) {
          events.add("refused " + step.describe() + ": " + why);
        }

        @Override
        public void stepFinished(StepReport report) {
          reports.add(report);
        }
      };

  static QueueState room(long ahead) {
    return new QueueState(
        "Queue-it waiting room",
        "#MainPart_lbQueueNumber",
        OptionalLong.of(1_000 + ahead),
        OptionalLong.of(ahead),
        Optional.of(ahead > 60 ? "2 minutes" : "less than a minute"));
  }

  /** The room for {@code seconds}, its place moving on every second. */
  void roomFor(int seconds) {
    int looks = seconds * 2; // one look every 500 ms
    for (int i = 0; i < looks; i++) {
      page.roomLooks.add(room(looks - i));
    }
  }

  RunResult run(Recipe recipe, Duration queueTimeout) {
    // the run's time is the time errand spent pausing
    LocalTimeline time =
        new LocalTimeline(Instant.parse("2031-01-01T00:00:00Z"), 0, () -> page.paused.toNanos());
    return new Runner(
            page,
            new ReleaseWaiter(SiteClock.local(), d -> {}),
            listener,
            (request, p, l) -> HandoffResult.DONE,
            Evidence.NONE,
            RunSettings.DEFAULTS.withQueueTimeout(queueTimeout),
            time)
        .run(recipe);
  }

  @Test
  void anArmStepThatLandsInTheRoomWaitsInItAndTheRecipeCarriesOn() {
    Step.Goto go = new Step.Goto("/event", OPT);
    page.present.add(BUY.describe());
    // the goto lands in the room, which lets errand through after 45 s
    roomFor(45);
    page.roomOnGoto.addAll(page.roomLooks);
    page.roomLooks.clear();
    RunResult result =
        run(
            RunnerTest.recipe(
                Optional.empty(), List.of(go), List.of(), List.of(new Step.Click(BUY, OPT))),
            Duration.ofHours(2));
    assertEquals(Outcome.COMPLETED, result.outcome(), result.message());
    assertEquals(
        List.of("goto https://shop.example/event", "click " + BUY.describe()), page.actions);
    assertTrue(events.get(0).startsWith("queued number 1,090 in line · 90 ahead"), events.get(0));
    assertTrue(events.get(0).endsWith("after 0s"), events.get(0));
    assertTrue(events.get(events.size() - 1).startsWith("through after 4"), events.toString());
    assertEquals(StepStatus.OK, reports.get(0).status(), "the goto waited in the room");
    assertTrue(reports.get(0).duration().compareTo(Duration.ofSeconds(45)) >= 0);
  }

  @Test
  void theChangingPlaceIsToldAtMostEveryTenSeconds() {
    roomFor(60);
    run(
        RunnerTest.recipe(
            Optional.empty(), List.of(new Step.Goto("/event", OPT)), List.of(), List.of()),
        Duration.ofHours(2));
    long told = events.stream().filter(e -> e.startsWith("queued")).count();
    assertTrue(told >= 5 && told <= 7, events.toString());
  }

  @Test
  void aReloadInTheRoomIsRefusedAndNotRunErrandWaitsInstead() {
    page.present.add(BUY.describe());
    Step.Reload reload = new Step.Reload(OPT);
    List<Step> arm = List.of(new Step.Goto("/event", OPT));
    // the room shows from the reload on (the goto's own look finds none)
    page.onPause = () -> {};
    RunResult result =
        runWithRoomAfterFirstStep(
            RunnerTest.recipe(
                Optional.empty(), arm, List.of(), List.of(reload, new Step.Click(BUY, OPT))),
            20);
    assertEquals(Outcome.COMPLETED, result.outcome(), result.message());
    assertFalse(page.actions.contains("reload"), page.actions.toString());
    assertTrue(
        events.stream().anyMatch(e -> e.startsWith("refused reload: errand never reloads")),
        events.toString());
    StepReport reloaded = reports.get(1);
    assertEquals(StepStatus.SKIPPED, reloaded.status());
    assertTrue(reloaded.message().orElseThrow().startsWith("not run: errand never reloads"));
    assertEquals("click " + BUY.describe(), page.actions.get(page.actions.size() - 1));
  }

  @Test
  void aReloadAtTheInstantIsRefusedInTheRoomToo() {
    page.present.add(BUY.describe());
    RunResult result =
        runWithRoomAfterFirstStep(
            RunnerTest.recipe(
                Optional.of(Instant.now().minusMillis(1)),
                List.of(new Step.Goto("/event", OPT)),
                List.of(new Step.Reload(OPT), new Step.Click(BUY, OPT)),
                List.of()),
            20);
    assertEquals(Outcome.COMPLETED, result.outcome(), result.message());
    assertFalse(page.actions.contains("reload"), page.actions.toString());
  }

  @Test
  void aStepThatTimedOutBecauseThePageBecameARoomRunsAgainOnceThrough() {
    // at the instant errand does not look before each step: the wait-for fails in the room
    page.onPause =
        () -> {
          if (page.roomLooks.isEmpty()) {
            page.present.add(TICKETS.describe());
          }
        };
    Step wait = new Step.WaitFor(new Condition.Visible(TICKETS), OPT);
    RunResult result =
        runWithRoomAfterFirstStep(
            RunnerTest.recipe(
                Optional.of(Instant.now().minusMillis(1)),
                List.of(new Step.Goto("/event", OPT)),
                List.of(wait),
                List.of()),
            40);
    assertEquals(Outcome.COMPLETED, result.outcome(), result.message());
    assertEquals(StepStatus.OK, reports.get(1).status());
    assertEquals(
        2,
        page.actions.stream().filter(a -> a.startsWith("wait ")).count(),
        page.actions.toString());
  }

  @Test
  void aRoomThatDoesNotLetErrandThroughEndsTheRunAtTheQueueTimeoutNeverReloading() {
    page.roomLooks.add(room(500));
    page.roomForever = true;
    RunResult result =
        run(
            RunnerTest.recipe(
                Optional.empty(),
                List.of(new Step.Goto("/event", OPT), new Step.Reload(OPT)),
                List.of(),
                List.of()),
            Duration.ofSeconds(30));
    assertEquals(Outcome.FAILED, result.outcome());
    assertEquals(
        "still in the Queue-it waiting room after 30s (number 1,500 in line · 500 ahead ·"
            + " estimated wait 2 minutes); errand gives up there (see --queue-timeout)",
        result.message());
    assertEquals(List.of(), page.actions, "in the room from the start: no goto, no reload");
    assertTrue(page.paused.compareTo(Duration.ofSeconds(30)) >= 0);
    assertTrue(page.paused.compareTo(Duration.ofSeconds(31)) <= 0);
  }

  /** Runs {@code recipe} with the room showing, for {@code seconds}, from the second step on. */
  private RunResult runWithRoomAfterFirstStep(Recipe recipe, int seconds) {
    RunListener inner = listener;
    List<QueueState> later = new ArrayList<>();
    for (int i = 0; i < seconds * 2; i++) {
      later.add(room(seconds * 2 - i));
    }
    boolean[] shown = {false};
    RunListener arming =
        new RunListener() {
          @Override
          public void queued(QueueState room, Duration waited, String pageUrl) {
            inner.queued(room, waited, pageUrl);
          }

          @Override
          public void throughQueue(QueueState room, Duration waited, String pageUrl) {
            inner.throughQueue(room, waited, pageUrl);
          }

          @Override
          public void refused(Step step, String why) {
            inner.refused(step, why);
          }

          @Override
          public void stepFinished(StepReport report) {
            inner.stepFinished(report);
            if (!shown[0]) {
              // the page moves to the room by itself
              shown[0] = true;
              page.roomLooks.addAll(later);
              page.url = "https://shop.example/queue";
            }
          }
        };
    LocalTimeline time =
        new LocalTimeline(Instant.parse("2031-01-01T00:00:00Z"), 0, () -> page.paused.toNanos());
    return new Runner(
            page,
            new ReleaseWaiter(SiteClock.local(), d -> {}),
            arming,
            (request, p, l) -> HandoffResult.DONE,
            Evidence.NONE,
            RunSettings.DEFAULTS,
            time)
        .run(recipe);
  }
}
