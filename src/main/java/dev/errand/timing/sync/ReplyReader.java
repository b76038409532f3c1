package dev.errand.timing.sync;

import java.net.http.HttpHeaders;
import java.time.DateTimeException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads what one answer says about the site's clock: its {@code Date}, {@code X-Timer}, {@code
 * Age}.
 */
final class ReplyReader {

  /** Headers that CDNs and caching proxies add; their presence means the clock may be an edge's. */
  static final List<String> CDN_HEADERS = List.of("Age", "Via", "X-Cache", "CF-Ray", "X-Served-By");

  private static final Pattern TIMER = Pattern.compile("S(\\d{1,12})\\.(\\d{1,9})(?:,.*)?");
  private static final long SECOND = 1_000_000_000L;

  private ReplyReader() {}

  /**
   * What one answer says.
   *
   * @param use {@link Sample.Use#USED} if it bounds the offset, else why not
   * @param bounds the offset interval it gives, or null
   * @param subSecond whether the bounds come from a sub-second stamp ({@code X-Timer})
   * @param note why it cannot be used, or null
   */
  record Reading(
      Sample.Use use,
      @Nullable OffsetBounds bounds,
      boolean subSecond,
      @Nullable String date,
      @Nullable String age,
      @Nullable String timer,
      @Nullable String note) {}

  /** Reads {@code reply}, sent and received at these local epoch nanos. */
  static Reading read(ProbeReply reply, long sentEpochNanos, long receivedEpochNanos) {
    HttpHeaders headers = reply.headers();
    String date = headers.firstValue("Date").orElse(null);
    String age = headers.firstValue("Age").orElse(null);
    String timer = headers.firstValue("X-Timer").orElse(null);
    if (age != null && ageSeconds(age) > 0) {
      return new Reading(
          Sample.Use.CACHED, null, false, date, age, timer, "cached answer (Age: " + age + ")");
    }
    Matcher stamp = timer == null ? null : TIMER.matcher(timer.strip());
    if (stamp != null && stamp.matches()) {
      String fraction = stamp.group(2);
      long resolution = (long) Math.pow(10, 9 - fraction.length());
      long epochNanos =
          Math.multiplyExact(Long.parseLong(stamp.group(1)), SECOND)
              + Long.parseLong(fraction) * resolution;
      OffsetBounds bounds =
          OffsetBounds.fromStamp(epochNanos, resolution, sentEpochNanos, receivedEpochNanos);
      return new Reading(Sample.Use.USED, bounds, true, date, age, timer, null);
    }
    if (date == null) {
      return new Reading(Sample.Use.NO_DATE, null, false, null, age, timer, "no Date header");
    }
    try {
      long second =
          ZonedDateTime.parse(date.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond();
      OffsetBounds bounds = OffsetBounds.fromDate(second, sentEpochNanos, receivedEpochNanos);
      return new Reading(Sample.Use.USED, bounds, false, date, age, timer, null);
    } catch (DateTimeException e) {
      return new Reading(
          Sample.Use.NO_DATE, null, false, date, age, timer, "unreadable Date header");
    }
  }

  /** Which of {@link #CDN_HEADERS} the answer carries. */
  static List<String> cdnHeaders(HttpHeaders headers) {
    List<String> present = new ArrayList<>();
    for (String name : CDN_HEADERS) {
      if (headers.firstValue(name).isPresent()) {
        present.add(name);
      }
    }
    return present;
  }

  private static long ageSeconds(String age) {
    String digits = age.strip();
    if (!digits.matches("[0-9]{1,18}")) {
      return 0;
    }
    return Long.parseLong(digits);
  }
}
