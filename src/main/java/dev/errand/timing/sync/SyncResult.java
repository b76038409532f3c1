package dev.errand.timing.sync;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a clock sync found: the site's clock is {@code offset} ahead of the local clock, give or
 * take {@code uncertainty} (half the width of {@code bounds}, the interval every used probe agrees
 * on; nothing is added or hidden).
 *
 * @param site the URL probed
 * @param offset the best estimate of {@code site clock − local clock}
 * @param uncertainty how far {@code offset} may be from the truth: half of {@code bounds}' width
 * @param bounds the interval the offset lies in (if the site's clocks disagree: the hull of every
 *     reading, which holds them all)
 * @param medianRtt the median round trip of the used probes
 * @param probes probes sent, the warm-up included (a HEAD refused and repeated as GET counts once)
 * @param samples every request, in order, for the journal
 * @param warnings things a person should know, each one line (CDN edge, cached answers, disagreeing
 *     clocks, few probes...)
 * @param inconsistency why the readings contradict each other, or null if they agree
 * @param fellBackToGet whether the site refused {@code HEAD} and was probed with {@code GET}
 * @param target the path the probes settled on, the one the site answered fastest (e.g. {@code
 *     /robots.txt})
 */
public record SyncResult(
    URI site,
    Duration offset,
    Duration uncertainty,
    OffsetBounds bounds,
    Duration medianRtt,
    int probes,
    List<Sample> samples,
    List<String> warnings,
    @Nullable String inconsistency,
    boolean fellBackToGet,
    String target) {

  /**
   * A margin wider than this is worth a warning: errand will be up to twice it late, so as never to
   * be early.
   */
  public static final Duration WIDE = Duration.ofMillis(50);

  /** Checks that nothing but {@code inconsistency} is null; copies the lists. */
  public SyncResult {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(offset, "offset");
    Objects.requireNonNull(uncertainty, "uncertainty");
    Objects.requireNonNull(bounds, "bounds");
    Objects.requireNonNull(medianRtt, "medianRtt");
    Objects.requireNonNull(target, "target");
    samples = List.copyOf(samples);
    warnings = List.copyOf(warnings);
  }

  /** Whether every used reading agreed with the others. */
  public boolean consistent() {
    return inconsistency == null;
  }

  /** E.g. {@code local +1.234 s ±2 ms (14 probes, RTT 0.4 ms)}. */
  public String summary() {
    return "local "
        + TimeText.offset(offset)
        + " ±"
        + TimeText.atMost(uncertainty)
        + " ("
        + probes
        + (probes == 1 ? " probe" : " probes")
        + " to "
        + target
        + ", RTT "
        + TimeText.about(medianRtt)
        + (consistent() ? "" : "; the site's clocks disagree")
        + ")";
  }
}
