package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every whole recipe the documentation shows (a YAML block with an {@code apiVersion}, not an
 * outline with {@code [...]}) validates with the example profile, as a reader who copies it would
 * run it.
 */
@Timeout(60)
class DocsRecipesTest {

  private static final Pattern YAML_BLOCK = Pattern.compile("(?s)```yaml\\n(.*?)```");

  @Test
  void everyRecipeInTheDocsValidates(@TempDir Path dir) throws IOException {
    Path root = Path.of("").toAbsolutePath();
    List<String> recipes = new ArrayList<>();
    recipes.addAll(recipes(root.resolve("docs/cookbook.md")));
    int cookbook = recipes.size();
    recipes.addAll(recipes(root.resolve("README.md")));
    assertEquals(4, cookbook, "the cookbook's four recipes");
    assertTrue(recipes.size() > cookbook, "the README's whole recipes");
    for (int i = 0; i < recipes.size(); i++) {
      Path file = Files.writeString(dir.resolve("doc-recipe-" + i + ".yaml"), recipes.get(i));
      CliRunner.Result r = new CliRunner(root).run("validate", file.toString());
      assertEquals(ExitCode.OK, r.exitCode(), recipes.get(i) + "\n" + r);
    }
  }

  private static List<String> recipes(Path markdown) throws IOException {
    List<String> found = new ArrayList<>();
    Matcher block = YAML_BLOCK.matcher(Files.readString(markdown));
    while (block.find()) {
      String yaml = block.group(1);
      if (yaml.contains("apiVersion:") && !yaml.contains("[...]")) {
        found.add(yaml);
      }
    }
    return found;
  }
}
