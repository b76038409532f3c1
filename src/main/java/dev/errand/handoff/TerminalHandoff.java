package dev.errand.handoff;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.Detection;
import dev.errand.recipe.HandoffReason;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResponder;
import dev.errand.run.HandoffResult;
import dev.errand.run.RunListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The person takes over in the browser (its window, or through remote debugging). errand watches:
 * it carries on by itself when the request's {@code until} condition holds, when the person presses
 * Enter, aborts on {@code a} + Enter, and gives up at the timeout. The page keeps processing events
 * while errand waits.
 */
public final class TerminalHandoff implements HandoffResponder {

  static final Duration POLL = Duration.ofMillis(250);

  /** Where the person takes over when the browser has a window. */
  public static final String IN_THE_WINDOW = "in the browser window";

  /** Where the person takes over a browser without a window. */
  public static final String REMOTELY = "in the browser, through remote debugging (see above)";

  private final PersonInput input;
  private final Clock clock;
  private final String where;

  public TerminalHandoff(PersonInput input, Clock clock) {
    this(input, clock, IN_THE_WINDOW);
  }

  /**
   * @param where where the person takes over, e.g. {@link #IN_THE_WINDOW}
   */
  public TerminalHandoff(PersonInput input, Clock clock, String where) {
    this.input = input;
    this.clock = clock;
    this.where = where;
  }

  @Override
  public HandoffResult handOff(HandoffRequest request, BrowserPage page, RunListener listener) {
    Instant deadline = clock.instant().plus(request.timeout());
    listener.note(
        "over to you "
            + where
            + " · Enter: carry on · a + Enter: abort · errand gives up"
            + " after "
            + request.timeout().toMinutes()
            + " min");
    while (clock.instant().isBefore(deadline)) {
      Optional<HandoffResult> ended = look(page, request, input);
      if (ended.isPresent()) {
        return ended.get();
      }
      page.pause(POLL);
    }
    return HandoffResult.TIMED_OUT;
  }

  /**
   * One look at whether the handoff is over: its {@code until} holds (or, without one, a challenge
   * errand found is over), or the person typed a line in the terminal (Enter carries on, {@code a}
   * aborts); empty while it goes on.
   */
  static Optional<HandoffResult> look(BrowserPage page, HandoffRequest request, PersonInput input) {
    if (request.until().isPresent() && holds(page, request)) {
      return Optional.of(HandoffResult.DONE);
    }
    if (request.until().isEmpty() && challengeOver(page, request)) {
      return Optional.of(HandoffResult.DONE);
    }
    Optional<String> line = input.poll();
    if (line.isPresent()) {
      String typed = line.get().trim().toLowerCase(Locale.ROOT);
      return Optional.of(
          typed.equals("a") || typed.equals("abort")
              ? HandoffResult.ABORTED
              : HandoffResult.CONTINUED);
    }
    return Optional.empty();
  }

  /**
   * For a challenge errand found by itself: the person is done when the page moved on, or the
   * challenge is gone from it.
   */
  static boolean challengeOver(BrowserPage page, HandoffRequest request) {
    if (!request.automatic() || request.reason() != HandoffReason.CHALLENGE) {
      return false;
    }
    try {
      return !page.url().equals(request.pageUrl())
          || !Detection.any(page.detect(), Detection.Kind.CHALLENGE);
    } catch (BrowserActionException e) {
      return false; // mid-navigation: look again on the next poll
    }
  }

  private static boolean holds(BrowserPage page, HandoffRequest request) {
    try {
      return page.holds(request.until().get());
    } catch (BrowserActionException e) {
      return false; // the person is navigating: check again on the next poll
    }
  }
}
