package dev.errand.demo;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One labelled text input of a server-rendered form.
 *
 * @param id the input's id (its label's {@code for})
 * @param name the form field name
 * @param label the visible label text
 * @param type the input type: text, email, tel
 * @param autocomplete the autocomplete token
 * @param hint help shown under the label, or empty
 * @param attributes further attributes (name to value), e.g. inputmode; rendered sorted by name
 */
record FormField(
    String id,
    String name,
    String label,
    String type,
    String autocomplete,
    String hint,
    Map<String, String> attributes) {

  FormField {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(autocomplete, "autocomplete");
    Objects.requireNonNull(hint, "hint");
    attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
  }

  /** The field's markup with {@code value} filled in and {@code error} (or null) shown. */
  String render(@Nullable String value, @Nullable String error) {
    StringBuilder extra = new StringBuilder();
    StringBuilder describedBy = new StringBuilder();
    if (!hint.isEmpty()) {
      describedBy.append(id).append("-hint");
    }
    if (error != null) {
      describedBy.append(describedBy.length() > 0 ? " " : "").append(id).append("-error");
      extra.append(" aria-invalid=\"true\"");
    }
    if (describedBy.length() > 0) {
      extra.append(" aria-describedby=\"").append(Html.escape(describedBy.toString())).append('"');
    }
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      extra
          .append(' ')
          .append(attribute.getKey())
          .append("=\"")
          .append(Html.escape(attribute.getValue()))
          .append('"');
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("id", id);
    values.put("name", name);
    values.put("label", label);
    values.put("type", type);
    values.put("autocomplete", autocomplete);
    values.put("value", value == null ? "" : value);
    values.put("fieldClass", error == null ? "" : " field-invalid");
    values.put(
        "hint",
        hint.isEmpty()
            ? ""
            : "<p class=\"hint\" id=\""
                + Html.escape(id)
                + "-hint\">"
                + Html.escape(hint)
                + "</p>");
    values.put(
        "error",
        error == null
            ? ""
            : "<p class=\"field-error\" id=\""
                + Html.escape(id)
                + "-error\"><span class=\"visually-hidden\">Error:</span> "
                + Html.escape(error)
                + "</p>");
    values.put("attributes", extra.toString());
    return Resources.template("field.html").render(values);
  }
}
