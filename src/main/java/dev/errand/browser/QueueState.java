package dev.errand.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A waiting room the page shows (Queue-it, Cloudflare Waiting Room, a shop's own "you are in line"
 * page), recognised by well-known markup and wording, and what it says of the person's place. In
 * one, errand stays on the page and never reloads it: the room lets it through by itself.
 *
 * @param what a name for the person, e.g. "Queue-it waiting room", "a waiting room"
 * @param evidence what was seen, e.g. {@code #MainPart_lbQueueNumber} or {@code heading "You are
 *     now in line"}: markup and wording only
 * @param position the number in line, when the page shows it
 * @param ahead how many are in line ahead, when the page shows it
 * @param estimatedWait the estimated wait as the page words it ("12 minutes", "less than a
 *     minute"), when it shows one
 */
public record QueueState(
    String what,
    String evidence,
    OptionalLong position,
    OptionalLong ahead,
    Optional<String> estimatedWait) {

  /** Checks that nothing is null. */
  public QueueState {
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(ahead, "ahead");
    Objects.requireNonNull(estimatedWait, "estimatedWait");
  }

  /** The place in line as the page shows it, e.g. "number 1,450 in line · 450 ahead · ...". */
  public String place() {
    List<String> parts = new ArrayList<>();
    position.ifPresent(p -> parts.add(String.format(Locale.ROOT, "number %,d in line", p)));
    ahead.ifPresent(a -> parts.add(String.format(Locale.ROOT, "%,d ahead", a)));
    estimatedWait.ifPresent(w -> parts.add("estimated wait " + w));
    return parts.isEmpty() ? "the page shows no place in line" : String.join(" · ", parts);
  }

  /** Whether {@code other} shows the same place in line (the room and evidence aside). */
  public boolean samePlace(QueueState other) {
    return position.equals(other.position)
        && ahead.equals(other.ahead)
        && estimatedWait.equals(other.estimatedWait);
  }

  /**
   * For the journal and the console, e.g. {@code Queue-it waiting room (#MainPart_lbQueueNumber)}.
   */
  public String describe() {
    return what + " (" + evidence + ")";
  }
}
