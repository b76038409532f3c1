package dev.errand.browser;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A URL condition's pattern. A glob ({@code **} any characters, {@code *} any characters but {@code
 * /}, everything else literal) must match the whole of the URL it speaks of: without a {@code ?} or
 * {@code #} it speaks of the URL without its query string and fragment, so {@code **}{@code
 * /checkout} is not fooled by {@code /security-check?next=/checkout}; with a {@code ?}, of the URL
 * without its fragment; with a {@code #}, of the whole URL. A pattern written {@code /regex/} is a
 * regular expression found anywhere in the URL.
 */
public final class UrlPattern {

  private final String source;
  private final Pattern regex;
  private final boolean whole;

  private UrlPattern(String source, Pattern regex, boolean whole) {
    this.source = source;
    this.regex = regex;
    this.whole = whole;
  }

  public static UrlPattern parse(String pattern) {
    if (pattern.length() >= 2 && pattern.startsWith("/") && pattern.endsWith("/")) {
      String body = pattern.substring(1, pattern.length() - 1);
      try {
        return new UrlPattern(pattern, Pattern.compile(body), false);
      } catch (PatternSyntaxException e) {
        throw new BrowserActionException(
            "url pattern " + pattern + " is not a valid regular expression: " + e.getDescription());
      }
    }
    return new UrlPattern(pattern, Pattern.compile(globToRegex(pattern)), true);
  }

  public boolean matches(String url) {
    if (url == null) {
      return false;
    }
    if (!whole) {
      return regex.matcher(url).find();
    }
    String noFragment = cut(url, '#');
    String part =
        switch (part()) {
          case "url" -> url;
          case "no-fragment" -> noFragment;
          default -> cut(noFragment, '?');
        };
    return regex.matcher(part).matches();
  }

  /**
   * The regular expression, in syntax JavaScript reads the same way ({@code strike.js} matches with
   * it in the page).
   */
  public String regex() {
    return regex.pattern();
  }

  /** Whether the regular expression must match all of {@link #part()}, not just somewhere in it. */
  public boolean whole() {
    return whole;
  }

  /**
   * What of the URL the pattern speaks of: {@code url}, {@code no-fragment} or {@code no-query}
   * (see the class comment).
   */
  public String part() {
    if (!whole || source.contains("#")) {
      return "url";
    }
    return source.contains("?") ? "no-fragment" : "no-query";
  }

  @Override
  public String toString() {
    return source;
  }

  /**
   * The glob as a regular expression that Java and JavaScript read the same way: literal characters
   * are escaped one by one (no {@code \Q…\E}, which JavaScript lacks).
   */
  static String globToRegex(String glob) {
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*') {
        if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
          re.append(".*");
          while (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
            i++;
          }
        } else {
          re.append("[^/]*");
        }
      } else if ("\\^$.|?+()[]{}/-".indexOf(c) >= 0) {
        re.append('\\').append(c);
      } else {
        re.append(c);
      }
    }
    return re.toString();
  }

  private static String cut(String s, char c) {
    int i = s.indexOf(c);
    return i < 0 ? s : s.substring(0, i);
  }
}
