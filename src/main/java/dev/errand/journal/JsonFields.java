package dev.errand.journal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/** Lenient reads of journal fields: a missing or mistyped field is simply absent. */
final class JsonFields {

  private JsonFields() {}

  static Optional<String> text(@Nullable JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() || v.isContainerNode()
        ? Optional.empty()
        : Optional.of(v.asText());
  }

  static String text(@Nullable JsonNode node, String field, String otherwise) {
    return text(node, field).orElse(otherwise);
  }

  static OptionalDouble number(@Nullable JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.isNumber() ? OptionalDouble.of(v.asDouble()) : OptionalDouble.empty();
  }

  static OptionalInt integer(@Nullable JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.canConvertToInt() && v.isNumber()
        ? OptionalInt.of(v.asInt())
        : OptionalInt.empty();
  }

  static boolean flag(@Nullable JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v != null && v.asBoolean(false);
  }

  static Optional<Instant> instant(@Nullable JsonNode node, String field) {
    return text(node, field)
        .flatMap(
            s -> {
              try {
                return Optional.of(Instant.parse(s));
              } catch (DateTimeParseException e) {
                return Optional.empty();
              }
            });
  }

  static List<String> texts(@Nullable JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = node == null ? null : node.get(field);
    if (v != null && v.isArray()) {
      v.forEach(x -> out.add(x.asText()));
    }
    return out;
  }
}
