package dev.errand.demo;

import java.util.Locale;

/** Formats amounts of pence the way the shop shows them: {@code £1,234.50}. */
final class Money {

  private Money() {}

  static String format(long pence) {
    String sign = pence < 0 ? "-" : "";
    long abs = Math.abs(pence);
    return String.format(Locale.UK, "%s£%,d.%02d", sign, abs / 100, abs % 100);
  }
}
