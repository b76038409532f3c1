package dev.errand.run;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long the shop holds the basket, when its page says so ("held for 09:57", "reserved for 10
 * minutes", "expires in 4:59"), so a notification can tell the person how long they have.
 */
public final class HoldTime {

  private static final Pattern CLOCK =
      Pattern.compile(
          "(?i)(?:held|reserved|hold|expires?|time left|remaining)[^0-9]{0,40}?(\\d{1,2}:\\d{2}(?::\\d{2})?)");
  private static final Pattern MINUTES =
      Pattern.compile(
          "(?i)(?:held|reserved|expires?)[^0-9]{0,40}?(\\d{1,3})\\s*(?:min|minutes)\\b");
  private static final Pattern TAGS = Pattern.compile("<[^>]*>");

  private HoldTime() {}

  /** The hold time written on a page's HTML, if any. */
  public static Optional<String> inHtml(String html) {
    String text =
        TAGS.matcher(html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")).replaceAll(" ");
    return inText(text.replaceAll("\\s+", " "));
  }

  public static Optional<String> inText(String text) {
    Matcher clock = CLOCK.matcher(text);
    if (clock.find()) {
      return Optional.of(clock.group(1));
    }
    Matcher minutes = MINUTES.matcher(text);
    if (minutes.find()) {
      return Optional.of(minutes.group(1) + " min");
    }
    return Optional.empty();
  }
}
