package dev.errand.recipe.schema;

import dev.errand.recipe.parse.RecipeVocabulary;
import java.util.List;
import java.util.Map;

/**
 * The recipe reference in Markdown ({@code docs/recipe-reference.md}), generated from the same
 * vocabulary and prose as {@link RecipeSchema}: every top-level key, step, option, locator and
 * condition, each with an example.
 */
public final class RecipeReference {

  /** Where the repository keeps the generated reference. */
  public static final String REPO_PATH = "docs/recipe-reference.md";

  private final RecipeLanguage language = RecipeLanguage.load();
  private final StringBuilder out = new StringBuilder();

  private RecipeReference() {}

  /** The reference as Markdown text. */
  public static String markdown() {
    return new RecipeReference().build();
  }

  private String build() {
    line("# Recipe reference");
    line("");
    line(
        "Every key of a recipe (`apiVersion: "
            + RecipeVocabulary.apiVersion()
            + "`), generated from errand's recipe parser and"
            + " `src/main/resources/dev/errand/recipe/schema/recipe-language.yaml` — do not edit by"
            + " hand. Editors complete and check recipes with the same words through the JSON"
            + " Schema `docs/recipe.schema.json` (`errand schema`): start a recipe with"
            + " `# yaml-language-server: $schema=PATH/recipe.schema.json`.");
    line("");
    line("## Top-level keys");
    line("");
    line(
        "`"
            + RecipeVocabulary.plainSteps()
            + "` does not mix with "
            + String.join(", ", quoted(RecipeVocabulary.phases()))
            + ".");
    for (String key : RecipeVocabulary.topKeys()) {
      entry(key, RecipeLanguage.of(language.top(), key, "top"));
    }
    line("");
    line("## Steps");
    line("");
    line(
        "Each step is a list item with exactly one step type. Besides its type a step may carry "
            + String.join(", ", quoted(RecipeVocabulary.stepOptions()))
            + " (see *Step options*).");
    for (String type : RecipeVocabulary.stepTypes()) {
      step(type, RecipeLanguage.of(language.steps(), type, "steps"));
    }
    line("");
    line("## Step options");
    for (String option : RecipeVocabulary.stepOptions()) {
      entry(option, RecipeLanguage.of(language.options(), option, "options"));
    }
    line("");
    line("## Locators");
    line("");
    line(
        "A locator says what to act on: a Playwright selector string, or a map with exactly one of "
            + String.join(", ", quoted(RecipeVocabulary.locatorKinds()))
            + "; `exact` goes with "
            + String.join(", ", quoted(RecipeVocabulary.exactKinds()))
            + ", `name` with `role`, `frame` with any. In a step's map the locator keys sit beside"
            + " the step's own keys.");
    table(language.locator(), RecipeVocabulary.locatorKeys(), "locator");
    line("");
    line("Roles: " + String.join(", ", RecipeVocabulary.roles()) + ".");
    line("");
    line("## Conditions");
    line("");
    line(
        "A condition is a page state (for `wait-for`, `expect`, `when`, `until`, `available`, `logged-in`): a"
            + " selector that must be visible, or a map with exactly one of "
            + String.join(", ", quoted(RecipeVocabulary.conditionKinds()))
            + ".");
    table(language.condition(), RecipeVocabulary.conditionKinds(), "condition");
    line("");
    line("## Inputs");
    line("");
    line("An input maps to its default, to nothing (it must then be given), or to a map of:");
    table(language.input(), RecipeVocabulary.inputKeys(), "input");
    line("");
    line("## Values");
    line("");
    line("- Text may use `${inputs.NAME}`, `${profile.KEY}`, `${secrets.NAME}`, `${site}`,");
    line("  `${quantity}`; `$${` is a literal `${`.");
    line(
        "- Booleans: true or false; "
            + String.join("/", RecipeVocabulary.booleanWords())
            + " read the same.");
    line("- Durations: `500ms`, `10s`, `2m`, `1h30m`, `10 seconds`, or ISO-8601 such as `PT10S`.");
    line("- Verdicts: " + String.join(", ", quoted(RecipeVocabulary.verdicts())) + ".");
    line(
        "- Handoff reasons: " + String.join(", ", quoted(RecipeVocabulary.handoffReasons())) + ".");
    return out.toString();
  }

  private void entry(String key, RecipeLanguage.Key k) {
    line("");
    line("### `" + key + "`" + (k.required() ? " (required)" : ""));
    line("");
    line(k.about());
    example(k.example());
  }

  private void step(String type, RecipeLanguage.StepForm form) {
    line("");
    line("### `" + type + "`");
    line("");
    line(form.about());
    line("");
    if (form.bare()) {
      line("- `- " + type + "` on its own.");
    }
    form.scalar().ifPresent(s -> line("- `- " + type + ": VALUE`: " + s.about()));
    form.map()
        .ifPresent(
            m ->
                line(
                    "- `- "
                        + type
                        + ": {…}`"
                        + switch (m) {
                          case "locator" -> ": a locator's keys (see *Locators*)";
                          case "optional-locator" -> ": optionally a locator's keys";
                          case "condition" -> ": a condition's keys (see *Conditions*)";
                          default -> "";
                        }
                        + (form.keys().isEmpty() ? "." : ", and:")));
    if (!form.keys().isEmpty()) {
      table(form.keys(), RecipeVocabulary.stepKeys(type), type);
    }
    example(form.example());
  }

  private void table(Map<String, RecipeLanguage.Key> keys, List<String> order, String where) {
    line("");
    line("| key | what it is | example |");
    line("|---|---|---|");
    for (String key : order) {
      RecipeLanguage.Key k = RecipeLanguage.of(keys, key, where);
      line(
          "| `"
              + key
              + "`"
              + (k.required() ? " (required)" : "")
              + " | "
              + cell(k.about())
              + " | "
              + (k.example().isEmpty() ? "" : "`" + cell(k.example()) + "`")
              + " |");
    }
  }

  private void example(String example) {
    if (example.isEmpty()) {
      return;
    }
    line("");
    line("```yaml");
    line(example.strip());
    line("```");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static List<String> quoted(List<String> words) {
    return words.stream().map(w -> "`" + w + "`").toList();
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
