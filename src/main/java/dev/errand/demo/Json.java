package dev.errand.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/** The shop's JSON, through errand's one mapper. */
final class Json {

  private static final ObjectMapper MAPPER = dev.errand.text.Json.mapper();

  private Json() {}

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for " + value.getClass(), e);
    }
  }

  /** Parses a request body; a body that is not JSON is a bad request. */
  static JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text.isBlank() ? "{}" : text);
    } catch (JsonProcessingException e) {
      throw new BadRequestException("body is not JSON", e);
    }
  }

  /** Serializes a sample once so the first real response is not slowed by class loading. */
  static void warmUp() {
    bytes(Map.of("warm", List.of(1, "up", true)));
  }
}
