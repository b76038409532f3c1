package dev.errand.scaffold;

/**
 * The first line of every scaffolded recipe: the {@code yaml-language-server} comment that lets VS
 * Code and IntelliJ complete and check the recipe as it is typed.
 */
public final class SchemaLine {

  // INTEGRATION POINT (issue 15, part 1): the one place a scaffold's schema line is written.
  // Switch this to the schema helper's own line (its URL constant / helper) when merging.
  /** Where the recipe schema will be published; a placeholder until the schema ships. */
  public static final String SCHEMA_URL = "https://errand.dev/schema/recipe-v1.json";

  private SchemaLine() {}

  /** {@code # yaml-language-server: $schema=…}, without a line break. */
  public static String line() {
    return "# yaml-language-server: $schema=" + SCHEMA_URL;
  }
}
