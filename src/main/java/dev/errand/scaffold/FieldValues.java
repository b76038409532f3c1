package dev.errand.scaffold;

import dev.errand.browser.PageSketch;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which profile value a form field asks for, from its {@code autocomplete} hint or its label in the
 * words shops commonly use: {@code ${profile.email}}, {@code ${profile.address.region}}, …; {@code
 * ${quantity}} for a quantity.
 */
final class FieldValues {

  private record Rule(Pattern autocomplete, Pattern label, String variable) {}

  private static Pattern words(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  // order matters: the first rule that matches wins ("Email address" is an email, not an address)
  private static final List<Rule> RULES =
      List.of(
          new Rule(words("email"), words(".*\\be-?mail\\b.*"), "profile.email"),
          new Rule(
              words("tel.*"), words(".*\\b(phone|mobile|telephone|tel)\\b.*"), "profile.phone"),
          new Rule(
              words("postal-code"),
              words(".*\\b(post ?code|zip( code)?|postal code|eircode)\\b.*"),
              "profile.address.postcode"),
          new Rule(
              words("address-level1"),
              words(".*\\b(state|province|county|region)\\b.*"),
              "profile.address.region"),
          new Rule(words("address-level2"), words(".*\\b(city|town)\\b.*"), "profile.address.city"),
          new Rule(words("country"), words("(?!)"), "profile.address.country"),
          new Rule(
              words("country-name"), words(".*\\bcountry\\b.*"), "profile.address.country-name"),
          new Rule(
              words("address-line1|street-address"),
              words(".*\\b(address( line)?( 1)?|street)\\b.*"),
              "profile.address.line1"),
          new Rule(words("address-line2"), words("(?!)"), "profile.address.line2"),
          new Rule(
              words("name"),
              words("(full name|name|your name|first and last name)"),
              "profile.name"),
          new Rule(
              words("(?!)"),
              words(".*\\b(quantity|qty|number of (tickets|items)|how many)\\b.*"),
              "quantity"));

  private FieldValues() {}

  /** The variable (without {@code ${}}) the field asks for, if errand knows it. */
  static Optional<String> of(PageSketch.Field field) {
    String hint = field.autocomplete().toLowerCase(Locale.ROOT).replaceAll("^section-\\S+ ", "");
    String hintLast = hint.contains(" ") ? hint.substring(hint.lastIndexOf(' ') + 1) : hint;
    for (Rule r : RULES) {
      if (!hintLast.isEmpty() && r.autocomplete().matcher(hintLast).matches()) {
        return Optional.of(r.variable());
      }
    }
    if (field.type().equals("email")) {
      return Optional.of("profile.email");
    }
    if (field.type().equals("tel")) {
      return Optional.of("profile.phone");
    }
    String label = field.label().strip();
    for (Rule r : RULES) {
      if (r.label().matcher(label).matches()) {
        return Optional.of(r.variable());
      }
    }
    return Optional.empty();
  }
}
