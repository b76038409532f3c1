package dev.errand.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errand.browser.PageSurvey;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The instants a page keeps where a real site keeps them: a {@code <time datetime>}, {@code data-*}
 * and {@code content} attributes, inline scripts (JSON-LD, a config object, {@code var start =
 * ...}) and the JSON its own scripts fetch. An ISO-8601 time counts only with its zone (Z or an
 * offset); an epoch counts in seconds (10 digits) or milliseconds (13), only under a key that reads
 * as a time ({@code startsAt}, {@code data-release}, {@code ts}); any time only between 2015 and
 * 2100 (so that ids and prices are not read as times).
 */
final class PageTimes {

  static final Pattern ISO =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.(\\d{1,9}))?)?)"
              + "(Z|[+-]\\d{2}:?\\d{2})");

  private static final Pattern EPOCH = Pattern.compile("^1\\d{9}(\\d{3})?(?:\\.(\\d{1,6}))?$");

  /** {@code key: value} or {@code key = value} in a script, the value a time or an epoch. */
  private static final Pattern KEYED =
      Pattern.compile(
          "[\"']?([A-Za-z_$][\\w$-]{0,60})[\"']?\\s*[:=]\\s*(?:new Date\\(\\s*)?[\"']?"
              + "([0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9:.]+(?:Z|[+-][0-9]{2}:?[0-9]{2})"
              + "|1[0-9]{9}(?:[0-9]{3})?(?:\\.[0-9]{1,6})?)(?![0-9])");

  /** A key under which a bare number may be a time. */
  private static final Pattern TIME_KEY =
      Pattern.compile(
          "(?i)time|date|at$|_at|ts$|stamp|start|open|release|sale|launch|countdown|target|begin"
              + "|valid|until|end|epoch|when");

  private static final Instant EARLIEST = Instant.parse("2015-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  private static final ObjectMapper JSON = new ObjectMapper();

  private PageTimes() {}

  /** Every instant in {@code look} and {@code answers}, in the order found. */
  static List<PageTime> read(PageSurvey.Look look, List<PageSurvey.Answer> answers) {
    List<PageTime> out = new ArrayList<>();
    for (PageSurvey.Clue c : look.clues()) {
      String where = c.key().equals("datetime") ? "a <time datetime>" : "the page's markup";
      value(c.text(), where, c.key(), true).ifPresent(out::add);
    }
    for (String script : look.scripts()) {
      readScript(script, out);
    }
    for (PageSurvey.Answer a : answers) {
      String where = "the answer of " + path(a.url());
      try {
        walk(JSON.readTree(a.body()), "", where, out);
      } catch (JsonProcessingException e) {
        keyed(a.body(), where, out);
      }
    }
    return out;
  }

  private static void readScript(String script, List<PageTime> out) {
    String trimmed = script.trim();
    if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
      try {
        walk(JSON.readTree(trimmed), "", "an inline script", out);
        return;
      } catch (JsonProcessingException e) {
        // not JSON: a script, read for key: value pairs below
      }
    }
    keyed(script, "an inline script", out);
  }

  private static void keyed(String text, String where, List<PageTime> out) {
    Matcher m = KEYED.matcher(text);
    while (m.find() && out.size() < 500) {
      value(m.group(2), where, m.group(1), true).ifPresent(out::add);
    }
  }

  private static void walk(JsonNode node, String key, String where, List<PageTime> out) {
    if (out.size() >= 500) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        walk(f.getValue(), f.getKey(), where, out);
      }
    } else if (node.isArray()) {
      for (JsonNode e : node) {
        walk(e, key, where, out);
      }
    } else if (node.isTextual() || node.isNumber()) {
      value(node.asText(), where, key, !key.isEmpty()).ifPresent(out::add);
    }
  }

  /** The instant {@code raw} writes, if it is one: an ISO time with its zone, or a keyed epoch. */
  static java.util.Optional<PageTime> value(String raw, String where, String key, boolean keyed) {
    String text = raw.trim();
    Matcher iso = ISO.matcher(text);
    if (iso.find()) {
      String zone = iso.group(4);
      if (zone.length() == 5) {
        zone = zone.substring(0, 3) + ":" + zone.substring(3);
      }
      String time = iso.group(2).length() == 5 ? iso.group(2) + ":00" : iso.group(2);
      try {
        Instant at = OffsetDateTime.parse(iso.group(1) + "T" + time + zone).toInstant();
        String fraction = iso.group(3);
        return plausible(at, where, key, iso.group(), fraction == null ? 0 : fraction.length());
      } catch (DateTimeParseException e) {
        return java.util.Optional.empty();
      }
    }
    Matcher epoch = EPOCH.matcher(text);
    if (keyed && epoch.matches() && TIME_KEY.matcher(key).find()) {
      boolean millis = epoch.group(1) != null;
      String fraction = epoch.group(2);
      long whole = Long.parseLong(text.substring(0, millis ? 13 : 10));
      Instant at = millis ? Instant.ofEpochMilli(whole) : Instant.ofEpochSecond(whole);
      int digits = millis ? 3 : 0;
      if (fraction != null) {
        long nanos = (long) (Double.parseDouble("0." + fraction) * (millis ? 1e6 : 1e9));
        at = at.plusNanos(nanos);
        digits += fraction.length();
      }
      return plausible(at, where, key, text, digits);
    }
    return java.util.Optional.empty();
  }

  private static java.util.Optional<PageTime> plausible(
      Instant at, String where, String key, String raw, int digits) {
    return at.isBefore(EARLIEST) || at.isAfter(LATEST)
        ? java.util.Optional.empty()
        : java.util.Optional.of(new PageTime(at, where, key, raw, digits));
  }

  private static String path(String url) {
    try {
      URI u = URI.create(url);
      return u.getRawPath() == null || u.getRawPath().isEmpty() ? url : u.getRawPath();
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
