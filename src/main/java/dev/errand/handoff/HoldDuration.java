package dev.errand.handoff;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A basket's hold time as the shop's page wrote it ({@code 09:57}, {@code 1:02:03}, {@code 10
 * min}), as a duration, so the handoff page can count it down. A reading longer than {@link #MOST}
 * is more likely a time of day than a hold, and is not counted down.
 */
final class HoldDuration {

  static final Duration MOST = Duration.ofHours(3);

  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
  private static final Pattern MINUTES = Pattern.compile("(\\d{1,3}) min");

  private HoldDuration() {}

  static Optional<Duration> of(String hold) {
    Duration d = null;
    Matcher clock = CLOCK.matcher(hold.strip());
    Matcher minutes = MINUTES.matcher(hold.strip());
    if (clock.matches()) {
      int a = Integer.parseInt(clock.group(1));
      int b = Integer.parseInt(clock.group(2));
      d =
          clock.group(3) == null
              ? Duration.ofMinutes(a).plusSeconds(b)
              : Duration.ofHours(a).plusMinutes(b).plusSeconds(Integer.parseInt(clock.group(3)));
    } else if (minutes.matches()) {
      d = Duration.ofMinutes(Integer.parseInt(minutes.group(1)));
    }
    return d == null || d.isZero() || d.compareTo(MOST) > 0 ? Optional.empty() : Optional.of(d);
  }
}
