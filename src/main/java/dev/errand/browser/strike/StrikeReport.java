package dev.errand.browser.strike;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One message {@code strike.js} sends errand, read from its JSON in {@link StrikeReports#parse} and
 * nowhere else. Each carries its number in the page's sequence ({@code seq}), by which a message
 * sent again from the next document is taken once; the first message of a document that does not
 * carry on has none.
 */
public sealed interface StrikeReport {

  /** Its number in the page's sequence, if it has one. */
  OptionalInt seq();

  /**
   * A step the page ran, or skipped because its {@code when} did not hold.
   *
   * @param step its index in the plan
   * @param started when it started, in epoch milliseconds on the page's clock
   * @param ended when it ended, likewise
   * @param match the candidate of its locator that matched, if it has one and one did
   * @param skipped whether its {@code when} did not hold
   * @param failed whether an optional wait ran out (the step failed, the strike went on)
   */
  record StepRan(
      OptionalInt seq,
      int step,
      double started,
      double ended,
      Optional<Integer> match,
      boolean skipped,
      boolean failed)
      implements StrikeReport {}

  /**
   * The page stopped before step {@code step} and left it to errand's normal path.
   *
   * @param why the page's reason, e.g. "covered", "payment wording"
   */
  record Stopped(OptionalInt seq, int step, String why) implements StrikeReport {}

  /** The page ran every step it covers. */
  record Finished(OptionalInt seq) implements StrikeReport {}

  /**
   * A new document of the page, where the strike was installed again.
   *
   * @param document its URL
   * @param resumed whether it carries on the steps (after the strike's own reload); if not, the
   *     strike is over
   */
  record Arrived(OptionalInt seq, String document, boolean resumed) implements StrikeReport {}

  /** Whether the strike is over once this is heard: finished, stopped, or its document left. */
  default boolean ends() {
    return this instanceof Finished
        || this instanceof Stopped
        || (this instanceof Arrived a && !a.resumed());
  }
}
