package dev.errand.recipe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each {@code recipes/bad/X.yaml} must fail with exactly the diagnostic lines in {@code
 * X.expected}.
 */
class GoldenFilesTest {

  private static Path badDir() throws URISyntaxException {
    return Path.of(GoldenFilesTest.class.getResource("/recipes/bad").toURI());
  }

  private static List<Path> badRecipes() throws IOException, URISyntaxException {
    try (Stream<Path> files = Files.list(badDir())) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void theRequiredKindsOfMistakeHaveFixtures() throws Exception {
    List<String> names = badRecipes().stream().map(p -> p.getFileName().toString()).toList();
    for (String required :
        List.of(
            "typo-step.yaml",
            "wrong-type.yaml",
            "unknown-variable.yaml",
            "bad-time.yaml",
            "malformed-yaml.yaml",
            "unknown-top-level-key.yaml",
            "missing-required-field.yaml",
            "several-problems.yaml")) {
      assertTrue(names.contains(required), required);
    }
  }

  @TestFactory
  Stream<DynamicTest> eachBadRecipeGivesItsExpectedDiagnostics() throws Exception {
    return badRecipes().stream()
        .map(
            yaml ->
                DynamicTest.dynamicTest(
                    yaml.getFileName().toString(), () -> assertDiagnostics(yaml)));
  }

  private static void assertDiagnostics(Path yaml) throws IOException {
    Path expectedFile = Path.of(yaml.toString().replaceAll("\\.yaml$", ".expected"));
    assertTrue(Files.exists(expectedFile), "missing " + expectedFile.getFileName());
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    assertFalse(expected.isEmpty(), "an .expected file lists at least one diagnostic");
    String text = Files.readString(yaml, StandardCharsets.UTF_8);
    RecipeException e =
        assertThrows(
            RecipeException.class,
            () -> RecipeParser.parse(text, yaml.getFileName(), RecipeText.SCOPE));
    assertEquals(expected, e.diagnostics().stream().map(Diagnostic::format).toList());
    assertEquals(String.join("\n", expected), e.getMessage());
  }
}
