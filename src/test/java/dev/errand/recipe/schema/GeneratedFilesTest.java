package dev.errand.recipe.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The checked-in schema and reference are what the generators make now. Regenerate both with {@code
 * mvn -o -q test -Dtest=GeneratedFilesTest -Derrand.regenerate=true}.
 */
@Timeout(30)
class GeneratedFilesTest {

  private static final String HOW =
      " is out of date: regenerate it with"
          + " `mvn -o -q test -Dtest=GeneratedFilesTest -Derrand.regenerate=true` and commit it";

  @Test
  void theCheckedInSchemaIsTheGeneratedOne() throws IOException {
    check(Path.of(RecipeSchema.REPO_PATH), RecipeSchema::json);
  }

  @Test
  void theCheckedInReferenceIsTheGeneratedOne() throws IOException {
    check(Path.of(RecipeReference.REPO_PATH), RecipeReference::markdown);
  }

  @Test
  void theJarShipsTheSchema() throws IOException {
    // the build copied the file before a regenerating run rewrote it
    assumeFalse(Boolean.getBoolean("errand.regenerate"));
    try (InputStream in = RecipeSchema.class.getResourceAsStream(RecipeSchema.RESOURCE)) {
      assertEquals(
          RecipeSchema.json(),
          in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8),
          RecipeSchema.RESOURCE + " (copied from " + RecipeSchema.REPO_PATH + ")" + HOW);
    }
  }

  private static void check(Path file, Supplier<String> generator) throws IOException {
    String generated = generator.get();
    if (Boolean.getBoolean("errand.regenerate")) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    String checkedIn = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertEquals(generated, checkedIn, file + HOW);
  }
}
