package dev.errand.check;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which of the instants a page keeps is its sale's release, and how it compares with the recipe's.
 * Keys that read as the page's own clock or the event itself ({@code serverTime}, {@code
 * startDate}, {@code updatedAt}…) never count. With a recipe release: the instant nearest to it
 * (within a day), written to the finest fraction of a second the page gives it in; without one: the
 * first future instant whose key reads as a release ({@code opensAt}, {@code data-sale-start},
 * {@code validFrom}…), else the first future one.
 */
final class ReleaseReading {

  private static final Pattern NOT_RELEASE =
      Pattern.compile(
          "(?i)server|^now$|current|generated|updated|modified|created|published|^date$|last"
              + "|expir|^(start|end)date$|doortime|closes?|ends?(at|_at)?$|until|deadline");

  private static final Pattern RELEASE_KEY =
      Pattern.compile(
          "(?i)open|start|release|sale|launch|live|avail|countdown|target|begin|valid|drop"
              + "|datetime");

  private static final Duration NEAR = Duration.ofDays(1);

  private static final DateTimeFormatter FULL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private ReleaseReading() {}

  /** The page's release instant among {@code times}, if it keeps one. */
  static Optional<PageTime> choose(List<PageTime> times, Optional<Instant> recipe, Instant now) {
    List<PageTime> candidates = new ArrayList<>();
    for (PageTime t : times) {
      if (!NOT_RELEASE.matcher(t.key()).find()) {
        candidates.add(t);
      }
    }
    Optional<PageTime> picked;
    if (recipe.isPresent()) {
      Instant r = recipe.get();
      picked =
          candidates.stream()
              .filter(t -> Duration.between(t.instant(), r).abs().compareTo(NEAR) <= 0)
              .min(
                  Comparator.comparingLong(
                          (PageTime t) ->
                              Math.abs(t.instant().getEpochSecond() - r.getEpochSecond()))
                      .thenComparing(t -> !releaseKey(t))
                      .thenComparing(t -> -t.fractionDigits()));
    } else {
      picked =
          candidates.stream()
              .filter(t -> !t.instant().isBefore(now))
              .min(
                  Comparator.comparing((PageTime t) -> !releaseKey(t))
                      .thenComparing(PageTime::instant)
                      .thenComparing(t -> -t.fractionDigits()));
    }
    // the same second written more finely elsewhere on the page wins
    return picked.map(
        p ->
            candidates.stream()
                .filter(t -> t.instant().getEpochSecond() == p.instant().getEpochSecond())
                .max(Comparator.comparingInt(PageTime::fractionDigits))
                .orElse(p));
  }

  private static boolean releaseKey(PageTime t) {
    return RELEASE_KEY.matcher(t.key()).find();
  }

  /** Whether the recipe would act before the page's own release instant. */
  static boolean early(PageTime page, Instant recipe) {
    return recipe.isBefore(page.instant());
  }

  /**
   * One line comparing the page's instant with the recipe's: "the page says 16:54:03.063 UTC; the
   * recipe says 16:54:03 UTC — errand would act 63 ms early by the page's own time".
   */
  static String compare(PageTime page, Instant recipe) {
    String says =
        "the page says " + time(page.instant(), 3) + "; the recipe says " + time(recipe, 0);
    Duration d = Duration.between(recipe, page.instant());
    if (d.isZero()) {
      return says + " — they agree";
    }
    String by = millis(d.abs());
    return d.isNegative()
        ? says + " — errand would act " + by + " after the page's own instant"
        : says + " — errand would act " + by + " early by the page's own time";
  }

  /** {@code 2026-12-05 16:54:03.063 UTC}: the fraction down to the millisecond when not zero. */
  static String time(Instant t, int minDigits) {
    long ms = t.toEpochMilli() % 1000;
    String fraction = ms != 0 || minDigits > 0 ? String.format(Locale.ROOT, ".%03d", ms) : "";
    return FULL.format(t) + fraction + " UTC";
  }

  static String millis(Duration d) {
    long ms = d.toMillis();
    if (ms == 0) {
      return String.format(Locale.ROOT, "%.3f ms", d.toNanos() / 1e6);
    }
    return ms < 10_000 ? ms + " ms" : String.format(Locale.ROOT, "%.3f s", d.toNanos() / 1e9);
  }
}
