package dev.errand.text;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * errand's one {@link ObjectMapper}: the journal, summaries, the bench's report, webhooks, the
 * strike's plan and reports, and the demo shop's API all read and write JSON through it. Instants
 * are ISO-8601 text; unknown fields are ignored when read (a newer errand's journal still opens).
 * Configured once here and never changed afterwards, so it is safe to share between threads.
 */
public final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);

  private Json() {}

  /** The shared mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Writes {@code tree} to {@code file}, indented, creating the file's directory. */
  public static void writePretty(JsonNode tree, Path file) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Files.writeString(
        file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n");
  }
}
