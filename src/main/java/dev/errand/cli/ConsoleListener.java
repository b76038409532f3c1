package dev.errand.cli;

import static dev.errand.timing.TimeText.CLOCK;
import static dev.errand.timing.TimeText.hms;
import static dev.errand.timing.TimeText.human;

import dev.errand.browser.Detection;
import dev.errand.browser.PageEvents;
import dev.errand.browser.QueueState;
import dev.errand.journal.RelaunchText;
import dev.errand.journal.RetryText;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Step;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResult;
import dev.errand.run.Relaunch;
import dev.errand.run.RunListener;
import dev.errand.run.RunResult;
import dev.errand.run.StepReport;
import dev.errand.run.StepStatus;
import dev.errand.timing.ReleaseWaiter;
import dev.errand.timing.SiteClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Shows a run in the terminal: each step as it ends, the countdown, handoffs and the outcome. */
final class ConsoleListener implements RunListener {

  private final Console console;
  private final boolean bell;
  private final SiteClock siteClock;
  private final Optional<String> takeOver;
  private long lastPrintedSecond = Long.MAX_VALUE;

  /** Whether errand has been in a waiting room in this run. */
  private boolean queued;

  /**
   * @param takeOver where the person takes over a browser without a window (remote debugging), or
   *     empty
   */
  ConsoleListener(Console console, boolean bell, SiteClock siteClock, Optional<String> takeOver) {
    this.console = console;
    this.bell = bell;
    this.siteClock = siteClock;
    this.takeOver = takeOver;
  }

  @Override
  public void phaseStarted(Phase phase, int steps) {
    console.info(
        console.bold(phase.yamlName())
            + console.dim("  (" + steps + (steps == 1 ? " step)" : " steps)")));
  }

  @Override
  public void waiting(Instant release, Duration remaining) {
    long seconds = (remaining.toMillis() + 999) / 1000;
    boolean milestone = seconds != lastPrintedSecond && (seconds <= 5 || seconds % 10 == 0);
    if (milestone) {
      lastPrintedSecond = seconds;
    }
    console.status(
        "  ⏳ opens in "
            + hms(seconds)
            + console.dim(
                "  · site time "
                    + SITE_TIME.format(siteClock.now())
                    + " · "
                    + siteClock.describe()),
        milestone);
  }

  @Override
  public void released(Instant release, ReleaseWaiter.Fired fired) {
    Duration lateBy = fired.late();
    console.info(
        console.bold("released")
            + console.dim(
                String.format(
                    "  at %s site time; errand fired at +%.1f ms (margin %.1f ms, so never early"
                        + " by the site's clock; wait returned %.1f ms after it)%s",
                    CLOCK.format(release),
                    Duration.between(release, fired.firedAt()).toNanos() / 1e6,
                    fired.margin().toNanos() / 1e6,
                    lateBy.toNanos() / 1e6,
                    fired.handedOn() ? "; the page was set to start the steps itself then" : "")));
    if (lateBy.compareTo(Duration.ofSeconds(1)) > 0) {
      console.warn(
          "errand is "
              + human(lateBy)
              + " late for the release instant"
              + (queued
                  ? " (it was in the waiting room)"
                  : " (arming took longer than the time left?)")
              + "; acting now");
    }
  }

  @Override
  public void stepFinished(StepReport r) {
    String mark;
    switch (r.status()) {
      case OK:
        mark = console.green("✓");
        break;
      case SKIPPED:
        mark = console.dim("–");
        break;
      case FAILED_OPTIONAL:
        mark = console.yellow("!");
        break;
      case FAILED:
      default:
        mark = console.red("✗");
        break;
    }
    String line = "  " + mark + " " + r.step().describe();
    String took = console.dim(String.format("  %d ms", r.duration().toMillis()));
    console.info(line + took);
    r.matched()
        .filter(m -> r.status() == StepStatus.OK && m.contains(" of "))
        .ifPresent(m -> console.detail("      matched " + m));
    r.message()
        .filter(m -> r.status() != StepStatus.OK)
        .ifPresent(
            m ->
                console.info(
                    "      "
                        + (r.status() == StepStatus.FAILED ? console.red(m) : console.dim(m))));
  }

  @Override
  public void detected(Detection detection) {
    console.always(
        console.yellow("  ⚑ errand sees ")
            + detection.what()
            + console.dim("  (" + detection.evidence() + ")"));
  }

  @Override
  public void refused(Step step, String why) {
    console.always(console.red("  ⛔ refused: ") + why);
  }

  @Override
  public void handoffStarted(HandoffRequest request) {
    if (bell) {
      console.bell();
    }
    String what =
        request.reason() == dev.errand.recipe.HandoffReason.PAYMENT
            ? "payment — errand never pays; you do"
            : request.reason().yamlName();
    console.always(
        console.bold(console.cyan("  ┏ errand hands over: "))
            + request.message()
            + console.dim("  (" + what + ")"));
    console.always(console.cyan("  ┃ ") + "page: " + request.pageUrl());
    takeOver.ifPresent(t -> console.always(console.cyan("  ┃ ") + "take over at " + t));
    request
        .until()
        .ifPresentOrElse(
            c ->
                console.always(
                    console.cyan("  ┗ ") + "errand carries on by itself when: " + c.describe()),
            () -> console.always(console.cyan("  ┗ ") + "errand waits for you"));
  }

  @Override
  public void handoffEnded(HandoffRequest request, HandoffResult result) {
    console.info(console.dim("    handoff ended: " + result.id()));
  }

  @Override
  public void note(String message) {
    console.info(console.yellow("  ℹ ") + message);
  }

  @Override
  public void finished(RunResult result) {
    // the command prints the outcome with the attempt's paths
  }

  private static final DateTimeFormatter SITE_TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

  @Override
  public void dismissed(String what) {
    console.info(console.dim("  ↳ closed " + what));
  }

  @Override
  public void queued(QueueState room, Duration waited, String pageUrl) {
    queued = true;
    if (waited.isZero()) {
      console.always(
          console.yellow("  ⏸ in the queue: ")
              + room.what()
              + console.dim("  (" + room.evidence() + ")"));
      console.always(
          "    "
              + room.place()
              + console.dim(
                  "  · errand stays on the page and never reloads it; step timeouts wait"));
      return;
    }
    console.info("    ⏳ " + room.place() + console.dim("  · in the queue for " + human(waited)));
  }

  @Override
  public void throughQueue(QueueState room, Duration waited, String pageUrl) {
    console.always(
        console.green("  ▶ through the " + room.what())
            + console.dim(" after " + human(waited) + "; errand carries on with the recipe"));
  }

  @Override
  public void retrying(PageEvents.Retry retry) {
    console.info(
        console.yellow("  ↻ ")
            + RetryText.of(
                retry.refusal(),
                retry.waitFor(),
                retry.retryAfter(),
                retry.attempt(),
                retry.attempts()));
  }

  @Override
  public void pageAnswered(PageEvents.Answer answer) {
    console.detail(console.dim("      " + answer.describe() + " · " + answer.url()));
  }

  @Override
  public void relaunched(Relaunch relaunch) {
    console.always(
        console.yellow("  ⟳ ")
            + RelaunchText.of(
                relaunch.count(),
                relaunch.max(),
                relaunch.gone(),
                relaunch.url(),
                relaunch.resumeAt()));
  }
}
