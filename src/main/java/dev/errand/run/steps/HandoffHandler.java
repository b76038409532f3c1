package dev.errand.run.steps;

import dev.errand.recipe.HandoffReason;
import dev.errand.recipe.Step;
import dev.errand.run.ErrorPageGuard;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResult;
import dev.errand.run.HoldTime;
import dev.errand.run.Outcome;
import dev.errand.run.RunEnded;
import dev.errand.run.RunResult;
import dev.errand.run.StepContext;
import dev.errand.run.StepHandler;
import java.time.Duration;
import java.util.Optional;

/**
 * Stops acting and gives the person the wheel: raises the window, keeps a screenshot, asks the
 * responder to wait for the person, and turns how that ended into the run's next move.
 */
public final class HandoffHandler implements StepHandler<Step.Handoff> {

  @Override
  public Optional<String> execute(Step.Handoff step, StepContext context) {
    return handOver(step, Optional.empty(), context);
  }

  /**
   * Hands over for {@code step}; {@code detected} names what errand saw when it decided to hand
   * over by itself (a challenge or a payment page the recipe did not mention).
   */
  public static Optional<String> handOver(
      Step.Handoff step, Optional<String> detected, StepContext context) {
    // never the person's turn on a server's error page
    ErrorPageGuard.ensureSitePage(
        context.page(),
        context.listener(),
        context.settings().stepTimeout(),
        Optional.of("the " + step.reason().yamlName() + " handoff"));
    Duration timeout = step.timeout().orElse(context.settings().handoffTimeout());
    HandoffRequest request =
        new HandoffRequest(
            step.reason(),
            step.message(),
            step.until(),
            timeout,
            context.page().url(),
            context.recipe().site().toString(),
            holdTime(context),
            detected);
    context.page().bringToFront();
    context
        .evidence()
        // the whole page: the control the person must find may be below the fold
        .fullPageScreenshot("handoff-" + step.reason().yamlName(), context.page())
        .ifPresent(p -> context.listener().artifactSaved("screenshot", p));
    context.listener().handoffStarted(request);
    HandoffResult result;
    context.page().personsTurn(true);
    try {
      result = context.responder().handOff(request, context.page(), context.listener());
    } finally {
      context.page().personsTurn(false);
    }
    context.listener().handoffEnded(request, result);
    Optional<RunResult> end = endOf(step, result);
    if (end.isPresent()) {
      throw new RunEnded(end.get());
    }
    return Optional.of(result.id());
  }

  private static Optional<String> holdTime(StepContext context) {
    try {
      return HoldTime.inHtml(context.page().html());
    } catch (RuntimeException e) {
      return Optional.empty(); // the page is changing under us: no hold time to report
    }
  }

  /**
   * Why a payment handoff the person ended (Enter) is not a purchase: with an {@code until:},
   * errand had not seen it hold yet; without one, errand cannot tell whether anything was paid.
   */
  private static String endedAtPayment(Step.Handoff step) {
    return step.until()
        .map(
            until ->
                "the person ended the wait at payment before its until: held ("
                    + until.describe()
                    + ")")
        .orElse("the person took over at payment (add 'until:' so errand can tell it was paid)");
  }

  /** What a handoff's result means for the run: empty to carry on. */
  static Optional<RunResult> endOf(Step.Handoff step, HandoffResult result) {
    boolean payment = step.reason() == HandoffReason.PAYMENT;
    boolean challenge = step.reason() == HandoffReason.CHALLENGE;
    switch (result) {
      case DONE:
        return payment
            ? Optional.of(RunResult.at(Outcome.PURCHASED, "the person completed payment", step))
            : Optional.empty();
      case CONTINUED:
        return payment
            ? Optional.of(RunResult.at(Outcome.REACHED_PAYMENT, endedAtPayment(step), step))
            : Optional.empty();
      case STOPPED:
        if (payment) {
          return Optional.of(
              RunResult.at(Outcome.REACHED_PAYMENT, "stopped at payment; errand never pays", step));
        }
        return Optional.of(
            RunResult.at(
                challenge ? Outcome.BLOCKED : Outcome.HANDOFF_TIMEOUT,
                "handed off, but no person can take over here",
                step));
      case TIMED_OUT:
        return Optional.of(
            RunResult.at(
                challenge ? Outcome.BLOCKED : Outcome.HANDOFF_TIMEOUT,
                challenge
                    ? "the challenge was not solved in time"
                    : "the person did not finish in time",
                step));
      case ABORTED:
      default:
        return Optional.of(RunResult.at(Outcome.ABORTED, "aborted by the person", step));
    }
  }
}
