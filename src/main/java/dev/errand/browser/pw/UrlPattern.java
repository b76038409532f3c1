package dev.errand.browser.pw;

import dev.errand.browser.BrowserActionException;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A URL condition's pattern. A glob ({@code **} any characters, {@code *} any characters but {@code
 * /}, everything else literal) must match the whole URL, or the URL without its query string and
 * fragment. A pattern written {@code /regex/} is a regular expression found anywhere in the URL.
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
    if (regex.matcher(url).matches()) {
      return true;
    }
    String noFragment = cut(url, '#');
    String noQuery = cut(noFragment, '?');
    return regex.matcher(noFragment).matches() || regex.matcher(noQuery).matches();
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
