package dev.errand.browser;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * The first at-release steps, made ready before the instant to run inside the page when fired: no
 * step waits for a round trip to errand. It covers a prefix of the steps (maybe none); the caller
 * runs the rest, and the rest of the prefix when the page stops early, by its normal path.
 */
public interface Strike extends AutoCloseable {

  /** How many of the steps, from the first, the page can run. 0: the caller runs them all. */
  int covers();

  /**
   * Asks the page to start the covered steps by itself when {@code clock} reads {@code target}, and
   * never before, so the instant does not wait for a message from errand. Best effort: {@link
   * #fire()} at the target still starts them where the page did not (it went to another document,
   * or the browser held its timers back).
   */
  default void startAt(Instant target, InstantSource clock) {}

  /**
   * Takes back what {@link #startAt} asked: the page no longer starts by itself, and {@link
   * #fire()} starts the steps. For a target that moved too close to the instant to be set again.
   */
  default void withdrawStart() {}

  /** Starts the covered steps in the page now, unless it started them itself; returns at once. */
  void fire();

  /**
   * Waits until the page is done with the steps, or stops, or runs out of time; returns what it
   * did, in order. Nothing, when never fired.
   */
  Struck outcome();

  /** Takes the strike out of the page. */
  @Override
  void close();

  /**
   * What a fired strike did.
   *
   * @param steps the steps the page did, from the first, in order
   * @param stoppedBecause why the page stopped before the end of what it covers, if it did
   * @param start how the steps started, for the journal (the page by itself, or errand's call)
   */
  record Struck(List<StruckStep> steps, Optional<String> stoppedBecause, Optional<String> start) {
    public Struck {
      steps = List.copyOf(steps);
    }
  }

  /** A strike that covers nothing. */
  static Strike none() {
    return new Strike() {
      @Override
      public int covers() {
        return 0;
      }

      @Override
      public void fire() {}

      @Override
      public Struck outcome() {
        return new Struck(List.of(), Optional.empty(), Optional.empty());
      }

      @Override
      public void close() {}
    };
  }
}
