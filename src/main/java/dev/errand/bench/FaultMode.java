package dev.errand.bench;

import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.DemoShopConfig.Consent;
import dev.errand.timing.TimeText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A fault mode of {@code errand bench --faults}: how the demo shop misbehaves in each run, as in an
 * overloaded sale (issue 12's targets are set against these).
 */
public enum FaultMode {
  /** {@link #ERROR_SHARE} of page loads fail, and {@link #RATE_LIMIT} page load a second per IP. */
  OVERLOAD,
  /** The sale really opens a random 0 … {@link #LATE_BY} after its announced instant. */
  LATE,
  /** A waiting room holds every visitor (2 minutes unless shortened). */
  QUEUE,
  /** The cookie banner of a consent manager, or none, in turn: {@link #CONSENTS}. */
  CONSENT;

  /** The {@link #OVERLOAD} shop's share of failing page loads (some of them answered 200). */
  public static final double ERROR_SHARE = 0.30;

  /** The {@link #OVERLOAD} shop's page loads a second per IP. */
  public static final int RATE_LIMIT = 1;

  /** The most the {@link #LATE} shop's sale opens after its announced instant. */
  public static final Duration LATE_BY = Duration.ofSeconds(2);

  /** The {@link #QUEUE} shop's wait, as in the target. */
  public static final Duration QUEUE_WAIT = Duration.ofMinutes(2);

  /** The banners the {@link #CONSENT} runs show, run 1 the first. */
  public static final List<Consent> CONSENTS =
      List.of(Consent.ONETRUST, Consent.COOKIEBOT, Consent.DIDOMI, Consent.NONE);

  /** The name on the command line, in tables and in JSON: {@code overload}, {@code queue}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@code base} in this mode for run {@code run} (from 1): the draws of failing pages and of the
   * late opening seeded with {@code seed + run}, so every strategy meets the same run's faults.
   */
  public DemoShopConfig shop(DemoShopConfig base, int run, long seed, Duration queueWait) {
    long runSeed = seed + run;
    return switch (this) {
      case OVERLOAD ->
          base.withErrors(ERROR_SHARE).withRateLimit(RATE_LIMIT).withFaultSeed(runSeed);
      case LATE -> base.withLateCommit(LATE_BY, runSeed);
      case QUEUE -> base.withWaitingRoom(queueWait);
      case CONSENT -> base.withConsent(consent(run));
    };
  }

  /** The banner of {@link #CONSENT}'s run {@code run} (from 1). */
  static Consent consent(int run) {
    return CONSENTS.get((run - 1) % CONSENTS.size());
  }

  /** What the shop does in this mode, in a line. */
  public String describe(Duration queueWait) {
    return switch (this) {
      case OVERLOAD ->
          Math.round(ERROR_SHARE * 100)
              + "% of page loads fail (503, some with Retry-After: 2; one in three as a 200 error"
              + " page) and "
              + RATE_LIMIT
              + " page load a second per IP (beyond it 429 and Retry-After: 3)";
      case LATE ->
          "the sale really opens 0–"
              + LATE_BY.toSeconds()
              + " s after its announced instant (drawn per run); until then: not on sale yet";
      case QUEUE ->
          "a waiting room (\"do not refresh\") holds each visitor "
              + TimeText.human(queueWait)
              + " before the event page";
      case CONSENT ->
          "a consent manager's cookie banner, a different one each run: "
              + CONSENTS.stream()
                  .map(c -> c.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", "));
    };
  }

  /** Every mode's {@link #id()}, comma-separated, for messages. */
  public static String ids() {
    return Arrays.stream(values()).map(FaultMode::id).collect(Collectors.joining(", "));
  }

  /**
   * The modes in {@code list} ({@code overload,queue}, or {@code all}; any case, blanks around
   * names ignored), in that order, each once.
   *
   * @throws IllegalArgumentException naming every unknown mode and listing the known ones
   */
  public static List<FaultMode> parse(String list) {
    if (list.strip().equalsIgnoreCase("all")) {
      return List.of(values());
    }
    List<FaultMode> modes = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String part : list.split(",", -1)) {
      String name = part.strip();
      FaultMode mode =
          Arrays.stream(values())
              .filter(m -> m.id().equalsIgnoreCase(name))
              .findFirst()
              .orElse(null);
      if (mode == null) {
        unknown.add("'" + name + "'");
      } else if (!modes.contains(mode)) {
        modes.add(mode);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown fault mode " + String.join(", ", unknown) + "; the modes are " + ids());
    }
    return List.copyOf(modes);
  }
}
