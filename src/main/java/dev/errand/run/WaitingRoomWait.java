package dev.errand.run;

import dev.errand.browser.BrowserActionException;
import dev.errand.browser.BrowserPage;
import dev.errand.browser.QueueState;
import dev.errand.recipe.Step;
import dev.errand.timing.TimeText;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In a waiting room errand stays on the page and never loads it again: the room lets the person
 * through by itself, and a reload can lose the place. Step timeouts do not run there; the queue
 * timeout does. errand only reads the page (every {@link #LOOK_EVERY}), tells the place in line
 * when it changes (at most every {@link #TELL_EVERY}) and says when it is through; the person's
 * turn (a challenge in the room) is handed over as anywhere else.
 */
final class WaitingRoomWait {

  private static final Logger log = LoggerFactory.getLogger(WaitingRoomWait.class);

  /** How often errand reads the room: a look at the page, never a page load. */
  static final Duration LOOK_EVERY = Duration.ofMillis(500);

  /** How often, at most, a changing place in line is told. */
  static final Duration TELL_EVERY = Duration.ofSeconds(10);

  /**
   * Looks in a row that must find no room before errand counts itself through: a room that
   * refreshes itself is for a moment between documents.
   */
  static final int CLEAR_LOOKS = 2;

  /** Why a recipe's reload is not run in a waiting room. */
  static final String NO_RELOAD =
      "errand never reloads a waiting room (reloading can lose the place in line): it waits in it"
          + " instead";

  private final BrowserPage page;
  private final RunListener listener;
  private final Duration timeout;
  private final LongSupplier nanoTime;

  /** How long a look that found no room stands for a page still at the same URL. */
  static final Duration CLEAR_STANDS = Duration.ofSeconds(2);

  /** The URL where the last look found no room, and when; null when it stands no more. */
  private @Nullable String clearAt;

  private long clearSince;

  /**
   * @param timeout how long errand stays in one room before it gives up
   * @param nanoTime the run's monotonic clock
   */
  WaitingRoomWait(BrowserPage page, RunListener listener, Duration timeout, LongSupplier nanoTime) {
    this.page = page;
    this.listener = listener;
    this.timeout = timeout;
    this.nanoTime = nanoTime;
  }

  /** The waiting room the page shows now; empty when none, or when the page cannot be read. */
  Optional<QueueState> room() {
    Optional<QueueState> room;
    try {
      room = page.waitingRoom();
    } catch (BrowserActionException e) {
      log.debug("could not read the page for a waiting room: {}", e.getMessage());
      room = Optional.empty();
    }
    clearAt = room.isEmpty() ? page.url() : null;
    // how long a look stands is no measurement of the run: not read from the run's timeline
    clearSince = System.nanoTime();
    return room;
  }

  /**
   * The waiting room the page shows now, without reading the page again where a look found none
   * moments ago at the same URL and nothing has loaded a page since (see {@link #mayHaveLoaded}).
   */
  Optional<QueueState> roomIfNew() {
    boolean stands =
        clearAt != null
            && clearAt.equals(page.url())
            && System.nanoTime() - clearSince < CLEAR_STANDS.toNanos();
    return stands ? Optional.empty() : room();
  }

  /** A step may have loaded a page: the last look that found no room stands no more. */
  void mayHaveLoaded() {
    clearAt = null;
  }

  /**
   * Waits in the waiting room the page shows, if it shows one, until the room lets errand through.
   *
   * @param at the step errand is at, for the outcome if it gives up
   * @param personsTurn hands over what is the person's, if anything is (a challenge in the room)
   * @return whether the page was a waiting room
   * @throws RunEnded when errand is still in the room after the queue timeout
   */
  boolean waitThrough(Step at, Runnable personsTurn) {
    Optional<QueueState> room = room();
    if (room.isEmpty()) {
      return false;
    }
    waitIn(room.get(), at, personsTurn);
    return true;
  }

  /** Waits in {@code entered}, the room just seen, until it lets errand through. */
  void waitIn(QueueState entered, Step at, Runnable personsTurn) {
    long start = nanoTime.getAsLong();
    listener.queued(entered, Duration.ZERO, page.url());
    QueueState last = entered;
    QueueState told = entered;
    long toldAt = start;
    int clear = 0;
    while (true) {
      if (since(start).compareTo(timeout) >= 0) {
        throw new RunEnded(
            RunResult.at(
                Outcome.FAILED,
                "still in the "
                    + last.what()
                    + " after "
                    + TimeText.human(timeout)
                    + " ("
                    + last.place()
                    + "); errand gives up there (see --queue-timeout)",
                at));
      }
      page.pause(LOOK_EVERY);
      personsTurn.run();
      Optional<QueueState> now = room();
      if (now.isEmpty()) {
        clear++;
        if (clear >= CLEAR_LOOKS) {
          listener.throughQueue(last, since(start), page.url());
          return;
        }
        continue;
      }
      clear = 0;
      last = now.get();
      if (!last.samePlace(told) && since(toldAt).compareTo(TELL_EVERY) >= 0) {
        told = last;
        toldAt = nanoTime.getAsLong();
        listener.queued(last, since(start), page.url());
      }
    }
  }

  private Duration since(long nanos) {
    return Duration.ofNanos(nanoTime.getAsLong() - nanos);
  }
}
