package dev.errand.browser.pw;

import dev.errand.browser.BrowserActionException;
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
final class UrlPattern {

  private final String source;
  private final Pattern regex;
  private final boolean whole;

  private UrlPattern(String source, Pattern regex, boolean whole) {
    this.source = source;
    this.regex = regex;
    this.whole = whole;
  }

  static UrlPattern parse(String pattern) {
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

  boolean matches(String url) {
    if (url == null) {
      return false;
    }
    if (!whole) {
      return regex.matcher(url).find();
    }
    if (source.contains("#")) {
      return regex.matcher(url).matches();
    }
    String noFragment = cut(url, '#');
    return regex.matcher(source.contains("?") ? noFragment : cut(noFragment, '?')).matches();
  }

  @Override
  public String toString() {
    return source;
  }

  static String globToRegex(String glob) {
    StringBuilder re = new StringBuilder();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c != '*') {
        literal.append(c);
        continue;
      }
      if (literal.length() > 0) {
        re.append(Pattern.quote(literal.toString()));
        literal.setLength(0);
      }
      if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        re.append(".*");
        while (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
          i++;
        }
      } else {
        re.append("[^/]*");
      }
    }
    if (literal.length() > 0) {
      re.append(Pattern.quote(literal.toString()));
    }
    return re.toString();
  }

  private static String cut(String s, char c) {
    int i = s.indexOf(c);
    return i < 0 ? s : s.substring(0, i);
  }
}
