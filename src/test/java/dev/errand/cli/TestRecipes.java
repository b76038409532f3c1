package dev.errand.cli;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The recipes the ITs run, as YAML files under {@code src/test/resources/recipes/it}. */
final class TestRecipes {

  private TestRecipes() {}

  /** The file of recipe {@code name} (e.g. {@code limit.yaml}). */
  static Path path(String name) {
    URL url = TestRecipes.class.getResource("/recipes/it/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test recipe " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
