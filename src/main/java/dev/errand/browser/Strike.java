package dev.errand.browser;

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

  /** Starts the covered steps in the page now, and returns at once. */
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
   */
  record Struck(List<StruckStep> steps, Optional<String> stoppedBecause) {
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
        return new Struck(List.of(), Optional.empty());
      }

      @Override
      public void close() {}
    };
  }
}
