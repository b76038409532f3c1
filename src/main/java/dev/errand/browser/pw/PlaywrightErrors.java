package dev.errand.browser.pw;

import java.util.Locale;

/**
 * Reads Playwright's exception messages, which look like {@code Error { message='…' name='…'
 * stack='…' } Call log: - …}, so that people see one line of them and never a stack.
 */
final class PlaywrightErrors {

  private PlaywrightErrors() {}

  /** The first meaningful line: the error's own message, without Playwright's API prefix. */
  static String headline(Throwable e) {
    String text = e.getMessage() == null ? "" : e.getMessage();
    int m = text.indexOf("message='");
    String line;
    if (m >= 0) {
      line = firstLine(text.substring(m + "message='".length()));
    } else {
      line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    }
    line = line.replaceFirst("^[A-Z][A-Za-z]+\\.[a-z][A-Za-z]+: ", "");
    if (line.endsWith("'")) {
      line = line.substring(0, line.length() - 1);
    }
    return line.isEmpty() ? e.getClass().getSimpleName() : line;
  }

  /** The "Call log" part of the message (what Playwright was doing), or "". */
  static String callLog(Throwable e) {
    String text = e.getMessage() == null ? "" : e.getMessage();
    int c = text.indexOf("Call log:");
    return c < 0 ? "" : text.substring(c);
  }

  /** Whether the message, call log or the browser's output mentions {@code fragment}. */
  static boolean mentions(Throwable e, String fragment) {
    String text = e.getMessage() == null ? "" : e.getMessage();
    return text.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT));
  }

  /** Whether the page, its context or the browser is gone (e.g. the person closed the window). */
  static boolean isClosed(Throwable e) {
    return e.getClass().getSimpleName().equals("TargetClosedError")
        || mentions(e, "Target page, context or browser has been closed")
        || mentions(e, "Target closed")
        || mentions(e, "Browser has been closed")
        || mentions(e, "Playwright connection closed")
        || mentions(e, "Target crashed")
        || mentions(e, "Page crashed");
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }
}
