package dev.errand.handoff;

import dev.errand.recipe.Condition;
import dev.errand.recipe.HandoffReason;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResult;
import dev.errand.timing.TimeText;

/**
 * What the handoff page's status line says when the handoff ends: whether errand carries on by
 * itself and why, or stops. The person reads it on a phone, often after a while away, so each line
 * says what happened and what comes next.
 */
final class PageStatus {

  /** The run ended while the person had the wheel: the browser closed or errand was stopped. */
  static final String STOPPING = "the run is stopping: errand no longer waits for you";

  private static final String AGAIN = " · if it needs you again, a new link comes then";

  private PageStatus() {}

  /** The last line of a handoff that ended as {@code result}. */
  static String ending(HandoffResult result, HandoffRequest request) {
    return switch (result) {
      case DONE ->
          request
                  .until()
                  .map(Condition::describe)
                  .map(until -> "done (" + until + "): errand carries on by itself")
                  .orElse("done: errand carries on by itself")
              + (request.reason() == HandoffReason.PAYMENT ? "" : AGAIN);
      case CONTINUED ->
          request.reason() == HandoffReason.PAYMENT
              ? "you said done: errand ends the run at payment (it never pays)"
              : "you said done: errand carries on" + AGAIN;
      case ABORTED -> "aborted: errand stops the run";
      case TIMED_OUT ->
          "errand stopped waiting after "
              + TimeText.human(request.timeout())
              + ": the run ends here";
      case STOPPED -> "errand stops here";
    };
  }
}
