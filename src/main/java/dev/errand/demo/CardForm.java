package dev.errand.demo;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The payment form's card fields and their server-side checks. */
final class CardForm {

  static final List<FormField> FIELDS =
      List.of(
          new FormField(
              "cc-number",
              "cardNumber",
              "Card number",
              "text",
              "cc-number",
              "",
              Map.of(
                  "inputmode",
                  "numeric",
                  "placeholder",
                  "1234 5678 9012 3456",
                  "maxlength",
                  "23",
                  "spellcheck",
                  "false")),
          new FormField(
              "cc-exp",
              "expiry",
              "Expiry",
              "text",
              "cc-exp",
              "",
              Map.of("inputmode", "numeric", "placeholder", "MM / YY", "maxlength", "7")),
          new FormField(
              "cc-csc",
              "cvc",
              "CVC",
              "text",
              "cc-csc",
              "",
              Map.of("inputmode", "numeric", "placeholder", "123", "maxlength", "4")),
          new FormField("cc-name", "cardName", "Name on card", "text", "cc-name", "", Map.of()));

  private static final Pattern EXPIRY = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})");

  private CardForm() {}

  /** The last four digits of a valid card, or the errors. */
  static Validated<String> validate(Map<String, String> form, YearMonth thisMonth) {
    String number = form.getOrDefault("cardNumber", "").replaceAll("[\\s-]", "");
    String expiry = form.getOrDefault("expiry", "").trim();
    String cvc = form.getOrDefault("cvc", "").trim();
    String name = form.getOrDefault("cardName", "").trim();
    Map<String, String> errors = new LinkedHashMap<>();
    if (number.isEmpty()) {
      errors.put("cardNumber", "Enter your card number");
    } else if (!number.matches("\\d{12,19}") || !luhn(number)) {
      errors.put("cardNumber", "Enter a valid card number");
    }
    String expiryError = expiryError(expiry, thisMonth);
    if (expiryError != null) {
      errors.put("expiry", expiryError);
    }
    if (!cvc.matches("\\d{3,4}")) {
      errors.put("cvc", "Enter the 3 or 4 digit security code");
    }
    if (name.isEmpty()) {
      errors.put("cardName", "Enter the name shown on your card");
    }
    if (!errors.isEmpty()) {
      return new Validated<>(null, errors);
    }
    return new Validated<>(number.substring(number.length() - 4), Map.of());
  }

  /** The current month in UTC, for expiry checks. */
  static YearMonth thisMonth(Clock clock) {
    return YearMonth.now(clock.withZone(ZoneOffset.UTC));
  }

  private static @Nullable String expiryError(String expiry, YearMonth thisMonth) {
    if (expiry.isEmpty()) {
      return "Enter the expiry date";
    }
    Matcher matcher = EXPIRY.matcher(expiry);
    if (!matcher.matches()) {
      return "Enter the expiry date as MM / YY";
    }
    int month = Integer.parseInt(matcher.group(1));
    int year = Integer.parseInt(matcher.group(2));
    if (month < 1 || month > 12) {
      return "Enter the expiry date as MM / YY";
    }
    YearMonth expires = YearMonth.of(year < 100 ? 2000 + year : year, month);
    return expires.isBefore(thisMonth) ? "Your card has expired" : null;
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
