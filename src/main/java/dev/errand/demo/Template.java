package dev.errand.demo;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text template with {@code {{name}}} placeholders (HTML-escaped) and {@code {{{name}}}}
 * placeholders (inserted as is, for markup the shop built itself). Substitution is one pass, so
 * inserted values are never scanned for placeholders. A placeholder without a value is an error.
 */
final class Template {

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{\\{\\s*(\\w+)\\s*}}}|\\{\\{\\s*(\\w+)\\s*}}");

  private final String name;
  private final String text;

  Template(String name, String text) {
    this.name = Objects.requireNonNull(name, "name");
    this.text = Objects.requireNonNull(text, "text");
  }

  String render(Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 256);
    while (matcher.find()) {
      boolean raw = matcher.group(1) != null;
      String key = raw ? matcher.group(1) : matcher.group(2);
      String value = values.get(key);
      if (value == null) {
        throw new IllegalArgumentException("template " + name + " needs a value for " + key);
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(raw ? value : Html.escape(value)));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
