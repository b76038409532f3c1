package dev.errand.journal;

import java.util.List;
import java.util.Optional;

/**
 * A handoff's page for a phone, from its {@code handoff-page…} events: where it was served (without
 * its token), who opened it and who was in control, and how it ended. Input is counted only: what
 * was typed is never in the journal.
 *
 * @param shown the link without its token
 * @param tls whether it was served over TLS
 * @param visits openings and take-overs, in order
 * @param end the counts and how the person finished; empty when the journal stops before
 */
public record HandoffPageRecord(String shown, boolean tls, List<Visit> visits, Optional<End> end) {

  public HandoffPageRecord {
    visits = List.copyOf(visits);
  }

  /**
   * A device opened the page, or took control.
   *
   * @param atMs when, relative to the release instant
   * @param from the device's address
   * @param role {@code control}, {@code view} or {@code took-over}
   */
  public record Visit(double atMs, String from, String role) {}

  /**
   * The page closed with its handoff.
   *
   * @param atMs when, relative to the release instant
   * @param finished {@code done}, {@code abort}, {@code carried-on}, {@code terminal}, {@code
   *     timed-out}
   */
  public record End(
      double atMs, int devices, int taps, int scrolls, int keys, int refused, String finished) {}

  HandoffPageRecord with(Visit visit) {
    List<Visit> more = new java.util.ArrayList<>(visits);
    more.add(visit);
    return new HandoffPageRecord(shown, tls, more, end);
  }

  HandoffPageRecord with(End ended) {
    return new HandoffPageRecord(shown, tls, visits, Optional.of(ended));
  }
}
