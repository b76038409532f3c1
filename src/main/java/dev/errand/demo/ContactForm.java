package dev.errand.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The checkout form's fields and their server-side checks. */
final class ContactForm {

  static final List<FormField> FIELDS =
      List.of(
          new FormField("name", "name", "Full name", "text", "name", "", Map.of()),
          new FormField(
              "email",
              "email",
              "Email",
              "email",
              "email",
              "We'll send your e-tickets here.",
              Map.of("spellcheck", "false")),
          new FormField(
              "phone",
              "phone",
              "Phone",
              "tel",
              "tel",
              "For urgent changes to the event only.",
              Map.of()),
          new FormField(
              "postcode",
              "postcode",
              "Postcode",
              "text",
              "postal-code",
              "",
              Map.of("autocapitalize", "characters", "spellcheck", "false")));

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{7,20}");
  private static final Pattern POSTCODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 \\-]{1,9}");

  private ContactForm() {}

  static Validated<ContactDetails> validate(Map<String, String> form) {
    String name = trimmed(form, "name");
    String email = trimmed(form, "email");
    String phone = trimmed(form, "phone");
    String postcode = trimmed(form, "postcode");
    Map<String, String> errors = new LinkedHashMap<>();
    if (name.isEmpty()) {
      errors.put("name", "Enter your full name");
    } else if (name.length() > 100) {
      errors.put("name", "Full name must be 100 characters or fewer");
    }
    if (email.isEmpty()) {
      errors.put("email", "Enter your email address");
    } else if (!EMAIL.matcher(email).matches() || email.length() > 254) {
      errors.put("email", "Enter an email address in the correct format, like name@example.com");
    }
    if (phone.isEmpty()) {
      errors.put("phone", "Enter your phone number");
    } else if (!PHONE.matcher(phone).matches() || digits(phone) < 7) {
      errors.put("phone", "Enter a phone number, like 07700 900 982");
    }
    if (postcode.isEmpty()) {
      errors.put("postcode", "Enter your postcode");
    } else if (!POSTCODE.matcher(postcode).matches()) {
      errors.put("postcode", "Enter a real postcode");
    }
    if (!errors.isEmpty()) {
      return new Validated<>(null, errors);
    }
    return new Validated<>(new ContactDetails(name, email, phone, postcode), Map.of());
  }

  /** The form's values for an already saved contact. */
  static Map<String, String> values(ContactDetails details) {
    return Map.of(
        "name", details.name(),
        "email", details.email(),
        "phone", details.phone(),
        "postcode", details.postcode());
  }

  private static String trimmed(Map<String, String> form, String name) {
    String value = form.get(name);
    return value == null ? "" : value.trim();
  }

  private static long digits(String text) {
    return text.chars().filter(Character::isDigit).count();
  }
}
