package dev.errand.recipe.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errand.recipe.parse.RecipeException;
import dev.errand.recipe.parse.RecipeParser;
import dev.errand.recipe.parse.RecipeVocabulary;
import dev.errand.recipe.parse.VariableScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The generated schema names every key the parser knows, accepts every recipe the parser accepts
 * (the repository's, the bundled ones, the tests' files and the recipes written inside the tests),
 * and rejects broken ones at the right place.
 */
@Timeout(60)
class RecipeSchemaTest {

  private static final List<Path> RECIPE_FOLDERS =
      List.of(
          Path.of("recipes"),
          Path.of("src/main/resources/bundled/recipes"),
          Path.of("src/test/resources"));

  /** A one-step recipe written in a parser test: {@code step("click: \"#buy\"")}. */
  private static final Pattern STEP_CALL =
      Pattern.compile(
          "(?:step|withStep|stepProblems)\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?\\s*)+)\\)");

  private static final Pattern README_YAML = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);

  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final String STEP_HEADER =
      "apiVersion: errand/v1\nname: Test\nsite: https://shop.example.com/\ninputs:\n"
          + "  ticket: Standing\n  promo: {description: Promo}\nsteps:\n  - ";

  private final JsonNode schema = read(RecipeSchema.json());

  @Test
  void theSchemaNamesEveryKeyTheParserKnows() {
    JsonNode top = schema.get("properties");
    RecipeVocabulary.topKeys().forEach(k -> assertTrue(top.has(k), "top-level key " + k));
    JsonNode step = schema.at("/definitions/step/properties");
    RecipeVocabulary.stepTypes().forEach(t -> assertTrue(step.has(t), "step " + t));
    RecipeVocabulary.stepOptions().forEach(o -> assertTrue(step.has(o), "step option " + o));
    for (String type : RecipeVocabulary.stepTypes()) {
      for (String key : RecipeVocabulary.stepKeys(type)) {
        assertTrue(step.get(type).get("properties").has(key), type + "'s key " + key);
      }
      if (RecipeVocabulary.takesLocator(type)) {
        RecipeVocabulary.locatorKeys()
            .forEach(k -> assertTrue(step.get(type).get("properties").has(k), type + " " + k));
      }
    }
    JsonNode locator = schema.at("/definitions/locator/properties");
    RecipeVocabulary.locatorKeys().forEach(k -> assertTrue(locator.has(k), "locator key " + k));
    JsonNode condition = schema.at("/definitions/condition/properties");
    RecipeVocabulary.conditionKinds()
        .forEach(k -> assertTrue(condition.has(k), "condition key " + k));
    JsonNode input = schema.at("/properties/inputs/additionalProperties/properties");
    RecipeVocabulary.inputKeys().forEach(k -> assertTrue(input.has(k), "input key " + k));
  }

  @Test
  void everyDescribedKeyIsOneTheParserKnows() {
    RecipeLanguage language = RecipeLanguage.load();
    assertEquals(RecipeVocabulary.topKeys(), List.copyOf(language.top().keySet()));
    assertEquals(RecipeVocabulary.stepOptions(), List.copyOf(language.options().keySet()));
    assertEquals(RecipeVocabulary.stepTypes(), List.copyOf(language.steps().keySet()));
    for (String type : RecipeVocabulary.stepTypes()) {
      assertEquals(
          RecipeVocabulary.stepKeys(type),
          List.copyOf(language.steps().get(type).keys().keySet()),
          type);
    }
    assertEquals(RecipeVocabulary.locatorKeys(), List.copyOf(language.locator().keySet()));
    assertEquals(RecipeVocabulary.conditionKinds(), List.copyOf(language.condition().keySet()));
    assertEquals(RecipeVocabulary.inputKeys(), List.copyOf(language.input().keySet()));
  }

  @Test
  void everyDescriptionIsThereForTheEditors() {
    List<String> missing = new ArrayList<>();
    walk(schema, "", missing);
    assertEquals(List.of(), missing, "properties without a description");
  }

  @Test
  void theSchemaAcceptsEveryRecipeTheParserAccepts() throws IOException {
    Map<String, String> corpus = corpus();
    List<String> refused = new ArrayList<>();
    int accepted = 0;
    int rejected = 0;
    int rejectedByBoth = 0;
    for (Map.Entry<String, String> recipe : corpus.entrySet()) {
      List<String> errors = SchemaValidator.errors(recipe.getValue());
      if (parses(recipe.getValue())) {
        accepted++;
        if (!errors.isEmpty()) {
          refused.add(recipe.getKey() + " " + errors);
        }
      } else {
        rejected++;
        rejectedByBoth += errors.isEmpty() ? 0 : 1;
      }
    }
    System.out.printf(
        "recipe corpus: %d accepted by the parser (all by the schema), %d refused by the parser,"
            + " %d of them by the schema too%n",
        accepted, rejected, rejectedByBoth);
    assertEquals(List.of(), refused, "recipes the parser accepts but the schema refuses");
    assertTrue(accepted >= 90, "only " + accepted + " recipes in the corpus parse");
  }

  @Test
  void everyExampleInTheReferenceParsesAndPassesTheSchema() {
    examples()
        .forEach(
            (what, recipe) -> {
              assertTrue(parses(recipe), "the example of " + what + " does not parse:\n" + recipe);
              assertEquals(List.of(), SchemaValidator.errors(recipe), what);
            });
  }

  @Test
  void theRepositorysRecipesArePartOfTheCorpusAndParse() throws IOException {
    for (Path recipe : shipped()) {
      String text = Files.readString(recipe, StandardCharsets.UTF_8);
      assertTrue(parses(text), recipe + " parses");
      assertEquals(List.of(), SchemaValidator.errors(text), recipe.toString());
    }
  }

  @Test
  void everyShippedRecipeNamesTheSchemaOnItsFirstLine() throws IOException {
    for (Path recipe : shipped()) {
      String first = Files.readAllLines(recipe, StandardCharsets.UTF_8).get(0);
      assertEquals(
          RecipeSchema.modeline(recipe, Path.of(RecipeSchema.REPO_PATH)), first, recipe.toString());
    }
    assertEquals(
        "# yaml-language-server: $schema=../docs/recipe.schema.json",
        RecipeSchema.modeline(Path.of("recipes/x.yaml"), Path.of("docs/recipe.schema.json")));
  }

  @Test
  void aNewRecipeInACheckoutPointsAtTheCheckedInSchemaElseBesideItself(
      @org.junit.jupiter.api.io.TempDir Path elsewhere) {
    assertEquals(
        "# yaml-language-server: $schema=../docs/recipe.schema.json",
        RecipeSchema.modelineFor(Path.of("recipes/new.yaml"), Path.of("")));
    assertEquals(
        "# yaml-language-server: $schema=recipe.schema.json",
        RecipeSchema.modelineFor(elsewhere.resolve("new.yaml"), elsewhere));
  }

  @Test
  void theSchemaIsAValidDraft7Schema() {
    assertEquals(List.of(), SchemaValidator.metaErrors());
  }

  @Test
  void brokenRecipeFilesAreRefusedByBoth() throws IOException {
    for (String name :
        List.of(
            "typo-step",
            "wrong-type",
            "unknown-top-level-key",
            "missing-required-field",
            "locator-and-condition",
            "several-problems")) {
      String text = Files.readString(Path.of("src/test/resources/recipes/bad/" + name + ".yaml"));
      assertFalse(parses(text), name + " parses");
      assertFalse(SchemaValidator.errors(text).isEmpty(), name + " passes the schema");
    }
  }

  @Test
  void aMisspeltStepIsRefusedAtItsPlace() {
    assertRefused("steps:\n  - goto: /\n  - clik: {role: button, name: Buy}\n", "/steps/1", "clik");
  }

  @Test
  void aLocatorWithAnUnknownKeyIsRefusedAtItsPlace() {
    assertRefused("steps:\n  - click: {role: button, nmae: Buy}\n", "/steps/0/click", "nmae");
    assertRefused(
        "steps:\n  - wait-for: {visible: {role: button, nmae: Buy}}\n",
        "/steps/0/wait-for/visible",
        "nmae");
  }

  @Test
  void aMissingRequiredKeyIsNamed() {
    String recipe = "apiVersion: errand/v1\nname: t\nsteps:\n  - reload\n";
    assertFalse(parses(recipe));
    List<String> errors = SchemaValidator.errors(recipe);
    assertTrue(errors.stream().anyMatch(e -> e.contains("'site'")), errors.toString());
  }

  @Test
  void wrongTypesAreRefusedAtTheirPlace() {
    assertRefused("quantity: many\nsteps:\n  - reload\n", "/quantity", "");
    assertRefused("steps:\n  - reload:\n    optional: maybe\n", "/steps/0/optional", "");
    assertRefused("steps:\n  - click: [one, two]\n", "/steps/0/click", "");
    assertRefused(
        "steps:\n  - screenshot: {name: a, full-page: sometimes}\n",
        "/steps/0/screenshot/full-page",
        "");
    assertRefused("steps:\n  - wait-for: '#basket'\n    timeout: 10\n", "/steps/0/timeout", "");
  }

  @Test
  void theParsersRulesBetweenKeysHoldInTheSchema() {
    String[] broken = {
      "steps:\n  - click: {role: button, label: Buy}\n",
      "steps:\n  - click: {label: Buy, name: Buy}\n",
      "steps:\n  - check: {testid: terms, exact: true}\n",
      "steps:\n  - goto: /\n    click: a\n",
      "steps:\n  - fill: {label: Email}\n",
      "steps:\n  - poll: {until: {text: Buy}}\n",
      "steps:\n  - wait-for: {role: dialog}\n",
      "steps:\n  - reload: {x: 1}\n",
      "steps:\n  - handoff\n",
      "steps:\n  - click: {any: []}\n",
      "arm:\n  - reload\nsteps:\n  - reload\n",
      "steps:\n  - click: {role: buton}\n",
      "steps:\n  - expect: {hidden: {text: Sold out}, verdict: soldout}\n",
    };
    for (String body : broken) {
      String recipe = header() + body;
      assertFalse(parses(recipe), "the parser accepts\n" + body);
      assertFalse(SchemaValidator.errors(recipe).isEmpty(), "the schema accepts\n" + body);
    }
  }

  private static void assertRefused(String body, String path, String word) {
    String recipe = header() + body;
    assertFalse(parses(recipe), "the parser accepts\n" + body);
    List<String> errors = SchemaValidator.errors(recipe);
    assertTrue(
        errors.stream().anyMatch(e -> e.startsWith(path + ": ") && e.contains(word)),
        "no complaint at " + path + " naming '" + word + "' for\n" + body + "\ngot " + errors);
  }

  private static String header() {
    return "apiVersion: errand/v1\nname: t\nsite: https://shop.example.com/\n";
  }

  static boolean parses(String text) {
    try {
      RecipeParser.parse(text, Path.of("t.yaml"), VariableScope.permissive());
      return true;
    } catch (RecipeException e) {
      return false;
    }
  }

  /** The repository's own recipes and the bundled ones. */
  static List<Path> shipped() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path folder : RECIPE_FOLDERS.subList(0, 2)) {
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
      }
    }
    return out;
  }

  /** Every recipe file, and every recipe written as a text block in a test. */
  private static Map<String, String> corpus() throws IOException {
    Map<String, String> corpus = new LinkedHashMap<>();
    for (Path folder : RECIPE_FOLDERS) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path p : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
          corpus.put(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    try (Stream<Path> files = Files.walk(Path.of("src/test/java/dev/errand/recipe/parse"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Matcher m = STEP_CALL.matcher(Files.readString(p, StandardCharsets.UTF_8));
        int n = 0;
        while (m.find()) {
          StringBuilder step = new StringBuilder();
          Matcher literal = LITERAL.matcher(m.group(1));
          while (literal.find()) {
            step.append(literal.group(1).translateEscapes());
          }
          corpus.put(p + "#" + ++n, STEP_HEADER + step.toString().replace("\n", "\n    ") + "\n");
        }
      }
    }
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher block = README_YAML.matcher(readme);
    int n = 0;
    while (block.find()) {
      if (block.group(1).contains("apiVersion:")) {
        corpus.put("README.md yaml block " + ++n, block.group(1));
      }
    }
    corpus.putAll(examples());
    return corpus;
  }

  /** Every example of a step, an option, a locator and a condition, as a recipe. */
  private static Map<String, String> examples() {
    RecipeLanguage language = RecipeLanguage.load();
    Map<String, String> out = new LinkedHashMap<>();
    language.steps().forEach((k, v) -> out.put("step " + k, withSteps(v.example())));
    language.options().forEach((k, v) -> out.put("option " + k, withSteps(v.example())));
    language
        .locator()
        .forEach((k, v) -> out.put("locator " + k, withSteps("- click: " + v.example())));
    language
        .condition()
        .forEach((k, v) -> out.put("condition " + k, withSteps("- wait-for: " + v.example())));
    return out;
  }

  private static String withSteps(String steps) {
    return STEP_HEADER.substring(0, STEP_HEADER.length() - 4)
        + steps.lines().map(l -> "  " + l + "\n").reduce("", String::concat);
  }

  private static void walk(JsonNode node, String at, List<String> missing) {
    JsonNode props = node.get("properties");
    if (props != null && props.isObject()) {
      props
          .properties()
          .forEach(
              e -> {
                if (!e.getValue().has("description") && !e.getValue().has("$ref")) {
                  missing.add(at + "/" + e.getKey());
                }
              });
    }
    node.properties().forEach(e -> walk(e.getValue(), at + "/" + e.getKey(), missing));
    if (node.isArray()) {
      node.forEach(n -> walk(n, at + "[]", missing));
    }
  }

  private static JsonNode read(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
