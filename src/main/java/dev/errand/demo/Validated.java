package dev.errand.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking a submitted form: a value, or errors keyed by field name.
 *
 * @param value the checked value; null when there are errors
 * @param errors the message for each invalid field, in form order
 */
record Validated<T>(@Nullable T value, Map<String, String> errors) {

  Validated {
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  boolean ok() {
    return errors.isEmpty();
  }

  /** The checked value of a form that is {@link #ok()}. */
  T valid() {
    if (value == null) {
      throw new IllegalStateException("the form has errors: " + errors.keySet());
    }
    return value;
  }

  /** The fields' markup, each with its submitted value and its error, if any. */
  static String renderFields(
      List<FormField> fields, Map<String, String> submitted, Map<String, String> errors) {
    StringBuilder out = new StringBuilder();
    for (FormField field : fields) {
      out.append(field.render(submitted.get(field.name()), errors.get(field.name())));
    }
    return out.toString();
  }

  /** The "There is a problem" box linking to each invalid field, or empty without errors. */
  static String renderSummary(List<FormField> fields, Map<String, String> errors) {
    if (errors.isEmpty()) {
      return "";
    }
    StringBuilder items = new StringBuilder();
    for (FormField field : fields) {
      String error = errors.get(field.name());
      if (error != null) {
        items
            .append("<li><a href=\"#")
            .append(Html.escape(field.id()))
            .append("\">")
            .append(Html.escape(error))
            .append("</a></li>");
      }
    }
    return "<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\">"
        + "<h2>There is a problem</h2><ul>"
        + items
        + "</ul></div>";
  }
}
