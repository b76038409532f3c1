package dev.errand.journal;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A handoff to the person, from its {@code handoff} and {@code handoff-end} events.
 *
 * @param reason {@code challenge}, {@code payment}, {@code login}, …
 * @param message what the person was asked to do
 * @param url the page at the handoff
 * @param until the condition that ends the handoff, if any
 * @param startMs when it started, relative to the release instant
 * @param endMs when it ended; empty when it never did
 * @param result {@code done}, {@code stopped}, {@code timeout}, … ; empty when it never ended
 * @param page the page the person could take over on from a phone, when one was served
 */
public record HandoffRecord(
    String reason,
    String message,
    String url,
    Optional<String> until,
    double startMs,
    OptionalDouble endMs,
    Optional<String> result,
    Optional<HandoffPageRecord> page) {

  /** A handoff without a page for a phone. */
  public HandoffRecord(
      String reason,
      String message,
      String url,
      Optional<String> until,
      double startMs,
      OptionalDouble endMs,
      Optional<String> result) {
    this(reason, message, url, until, startMs, endMs, result, Optional.empty());
  }

  HandoffRecord withPage(HandoffPageRecord p) {
    return new HandoffRecord(reason, message, url, until, startMs, endMs, result, Optional.of(p));
  }
}
