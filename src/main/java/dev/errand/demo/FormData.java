package dev.errand.demo;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code application/x-www-form-urlencoded} text (bodies and query strings). */
final class FormData {

  private FormData() {}

  /**
   * The fields in order; a field given twice keeps its first value.
   *
   * @throws BadRequestException on a malformed %-escape
   */
  static Map<String, String> parse(String encoded) {
    if (encoded == null || encoded.isEmpty()) {
      return Map.of();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : encoded.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      fields.putIfAbsent(key, value);
    }
    return Collections.unmodifiableMap(fields);
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("malformed form data: " + e.getMessage(), e);
    }
  }
}
