package dev.errand.browser.pw;

import dev.errand.timing.TimeText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The refusals one page load met in a row, and when the first came: for the honest message when
 * errand stops trying ("the site kept answering 503 for 6.3s").
 */
final class RefusalStreak {

  private final LongSupplier nanoTime;
  private final List<LoadPacer.Refusal> refusals = new ArrayList<>();
  private long first;
  private long last;

  RefusalStreak(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** The site refused once more. */
  void add(LoadPacer.Refusal refusal) {
    long now = nanoTime.getAsLong();
    if (refusals.isEmpty()) {
      first = now;
    }
    last = now;
    refusals.add(refusal);
  }

  int size() {
    return refusals.size();
  }

  boolean isEmpty() {
    return refusals.isEmpty();
  }

  /** What the refusals were, in order, for an answer that came after them. */
  String describe() {
    return String.join(", ", refusals.stream().map(LoadPacer.Refusal::text).toList());
  }

  /**
   * Why errand stops trying: "the site kept answering 503 for 6.3s (3 tries; 4 requests to it in
   * this run)". The time runs from the first refusal to the last.
   *
   * @param requests the requests errand sent the site in this run so far
   * @param refusingFor how long the site has refused everything errand sent it (its clock probes
   *     too), when the budget knows: the longer of that and this load's refusals is told
   */
  String gaveUp(int requests, Optional<Duration> refusingFor) {
    Duration mine = Duration.ofNanos(last - first);
    Duration refusing = refusingFor.filter(d -> d.compareTo(mine) > 0).orElse(mine);
    List<String> kinds = refusals.stream().map(LoadPacer.Refusal::kind).distinct().toList();
    String what;
    if (kinds.size() > 1) {
      what = "kept refusing (" + String.join(", ", kinds) + ")";
    } else if (kinds.get(0).startsWith("no answer")) {
      what = "kept giving " + kinds.get(0);
    } else {
      what = "kept answering " + kinds.get(0).replaceFirst("^HTTP ", "");
    }
    return "the site "
        + what
        + " for "
        + TimeText.human(refusing)
        + " ("
        + refusals.size()
        + (refusals.size() == 1 ? " try; " : " tries; ")
        + requests
        + (requests == 1 ? " request" : " requests")
        + " to it in this run)";
  }
}
