package dev.errand.handoff;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.LiveFrame;
import dev.errand.browser.LiveScreen;
import dev.errand.handoff.page.HandoffPage;
import dev.errand.handoff.page.PageCommand;
import dev.errand.handoff.page.PageSession;
import dev.errand.run.HandoffPageEvent;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResponder;
import dev.errand.run.HandoffResult;
import dev.errand.run.RunListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The person takes over through the handoff page, from a phone or any browser: errand streams the
 * tab to the page and carries out, on this thread, what the person does there (taps, scrolls,
 * typing) as real input. It ends the handoff as {@link TerminalHandoff} does: when {@code until}
 * holds, when the challenge it found is gone, on Done (or Enter in the terminal), on Abort (or
 * {@code a}), or at the timeout. The terminal keeps working alongside the page.
 */
public final class PageHandoff implements HandoffResponder {

  /** How often the page's input is looked at: a tap waits at most this long to be carried out. */
  static final Duration INPUT_POLL = Duration.ofMillis(15);

  /** The largest picture sent to the page, in pixels. */
  static final int MAX_WIDTH = 1024;

  static final int MAX_HEIGHT = 1024;

  private final PersonInput input;
  private final Clock clock;
  private final HandoffPage pages;

  public PageHandoff(PersonInput input, Clock clock, HandoffPage pages) {
    this.input = input;
    this.clock = clock;
    this.pages = pages;
  }

  @Override
  public HandoffResult handOff(HandoffRequest request, BrowserPage page, RunListener listener) {
    Optional<HandoffPage.Open> open = pages.open(request);
    Optional<LiveScreen> screen = page.liveScreen();
    if (open.isEmpty() || screen.isEmpty()) {
      listener.note(
          pages.failure().orElse("this browser cannot be streamed")
              + "; take over through remote debugging instead");
      return new TerminalHandoff(input, clock, TerminalHandoff.REMOTELY)
          .handOff(request, page, listener);
    }
    PageSession session = open.get().session();
    listener.note(
        "over to you on the handoff page "
            + open.get().shown()
            + " (for the whole link, see above) · Enter: carry on · a + Enter: abort ·"
            + " errand gives up after "
            + request.timeout().toMinutes()
            + " min");
    PageLog log = new PageLog(request, session, listener);
    log.served(open.get());
    HandoffResult result = HandoffResult.TIMED_OUT;
    boolean over = false;
    Viewport viewport = new Viewport();
    session.deadlines(
        clock.instant().plus(request.timeout()),
        request.holdTime().flatMap(HoldDuration::of).map(clock.instant()::plus));
    try {
      screen
          .get()
          .start(
              MAX_WIDTH,
              MAX_HEIGHT,
              frame -> {
                viewport.of(frame);
                session.frame(frame);
              });
      result = waitForPerson(request, page, screen.get(), session, viewport, log);
      over = true;
      return result;
    } finally {
      screen.get().stop();
      session.end(over ? PageStatus.ending(result, request) : PageStatus.STOPPING);
      log.ended(result);
      pages.close();
    }
  }

  private HandoffResult waitForPerson(
      HandoffRequest request,
      BrowserPage page,
      LiveScreen screen,
      PageSession session,
      Viewport viewport,
      PageLog log) {
    Instant deadline = clock.instant().plus(request.timeout());
    Instant nextLook = clock.instant();
    while (clock.instant().isBefore(deadline)) {
      log.visits();
      for (Optional<PageCommand> command = session.nextCommand();
          command.isPresent();
          command = session.nextCommand()) {
        if (command.get() instanceof PageCommand.Done) {
          log.finish(HandoffPageEvent.Finish.DONE);
          return HandoffResult.CONTINUED;
        }
        if (command.get() instanceof PageCommand.Abort) {
          log.finish(HandoffPageEvent.Finish.ABORT);
          return HandoffResult.ABORTED;
        }
        carryOut(command.get(), screen, viewport);
      }
      if (!clock.instant().isBefore(nextLook)) {
        nextLook = clock.instant().plus(TerminalHandoff.POLL);
        Optional<HandoffResult> ended = TerminalHandoff.look(page, request, input);
        if (ended.isPresent()) {
          log.finish(
              ended.get() == HandoffResult.DONE
                  ? HandoffPageEvent.Finish.CARRIED_ON
                  : HandoffPageEvent.Finish.TERMINAL);
          return ended.get();
        }
      }
      page.pause(INPUT_POLL);
    }
    return HandoffResult.TIMED_OUT;
  }

  private static void carryOut(PageCommand command, LiveScreen screen, Viewport viewport) {
    try {
      if (command instanceof PageCommand.Tap tap) {
        screen.click(tap.x() * viewport.width, tap.y() * viewport.height);
      } else if (command instanceof PageCommand.Scroll s) {
        screen.wheel(
            s.x() * viewport.width,
            s.y() * viewport.height,
            s.dx() * viewport.width,
            s.dy() * viewport.height);
      } else if (command instanceof PageCommand.Type type) {
        screen.type(type.text());
      } else if (command instanceof PageCommand.Key key) {
        screen.press(key.name());
      }
    } catch (BrowserActionException e) {
      // the page is between documents: the person sees nothing happened and does it again
    }
  }

  /** The viewport the latest picture showed, by which the page's fractions become points. */
  private static final class Viewport {
    private double width = 1280;
    private double height = 720;

    void of(LiveFrame frame) {
      if (frame.viewportWidth() > 0 && frame.viewportHeight() > 0) {
        width = frame.viewportWidth();
        height = frame.viewportHeight();
      }
    }
  }
}
