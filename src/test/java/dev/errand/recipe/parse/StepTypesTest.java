package dev.errand.recipe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.errand.recipe.Step;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every kind of step in the model can be written in a recipe. */
class StepTypesTest {

  /** A small valid example of each step type, by YAML name. */
  private static final Map<String, String> EXAMPLES =
      Map.ofEntries(
          Map.entry("goto", "goto: /x"),
          Map.entry("reload", "reload"),
          Map.entry("click", "click: \"#x\""),
          Map.entry("fill", "fill: {label: A, value: b}"),
          Map.entry("select", "select: {label: A, option: b}"),
          Map.entry("check", "check: \"#x\""),
          Map.entry("press", "press: {key: Enter}"),
          Map.entry("wait-for", "wait-for: \"#x\""),
          Map.entry("expect", "expect: {text: x}"),
          Map.entry("screenshot", "screenshot: x"),
          Map.entry("handoff", "handoff: x"),
          Map.entry("poll", "poll: {until: {text: x}, for: 5s}"),
          Map.entry("checkpoint", "checkpoint: logged in"));

  @Test
  void everyPermittedStepHasAYamlNameTheParserAccepts() {
    Set<Class<?>> permitted = new HashSet<>(Arrays.asList(Step.class.getPermittedSubclasses()));
    assertEquals(permitted, new HashSet<>(StepReader.TYPES.values()));
    for (Class<?> type : permitted) {
      String name =
          StepReader.TYPES.entrySet().stream()
              .filter(e -> e.getValue() == type)
              .map(Map.Entry::getKey)
              .findFirst()
              .orElseThrow();
      String example = EXAMPLES.get(name);
      assertNotNull(example, "no example for step '" + name + "'");
      Step step = RecipeText.step(example);
      assertEquals(type, step.getClass(), name);
      assertEquals(name, step.type(), "the model's type() agrees with the YAML name");
    }
  }
}
