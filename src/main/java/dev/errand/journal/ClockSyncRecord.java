package dev.errand.journal;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One reading of the site's clock ({@code clock-sync} event): successful, with the offset and its
 * uncertainty, or failed, with why errand fell back to this machine's clock.
 *
 * @param atMs when it finished, relative to the release instant
 * @param phase {@code arm} or {@code re-sync}
 * @param ok whether the site's clock was read
 * @param offsetMs site − local, in milliseconds
 * @param uncertaintyMs ± this much
 * @param rttMs the median round trip
 * @param probeCount how many probes were made
 * @param consistent whether every probe agreed
 * @param warnings what the sync warned about
 * @param message why it failed
 * @param probes the probes, in order
 */
public record ClockSyncRecord(
    double atMs,
    String phase,
    boolean ok,
    OptionalDouble offsetMs,
    OptionalDouble uncertaintyMs,
    OptionalDouble rttMs,
    int probeCount,
    boolean consistent,
    List<String> warnings,
    Optional<String> message,
    List<ProbeRecord> probes) {

  public ClockSyncRecord {
    warnings = List.copyOf(warnings);
    probes = List.copyOf(probes);
  }

  /** {@code +2.500 s ± 5.1 ms (11 probes, RTT 8.0 ms)} or why it failed. */
  public String describe() {
    if (!ok) {
      return "not read: " + message.orElse("unknown") + "; used this machine's clock";
    }
    return String.format(
        java.util.Locale.ROOT,
        "%+.3f s ± %.1f ms (%d probes, RTT %.1f ms)%s",
        offsetMs.orElse(0) / 1000,
        uncertaintyMs.orElse(0),
        probeCount,
        rttMs.orElse(0),
        consistent ? "" : ", INCONSISTENT");
  }
}
