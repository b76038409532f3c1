package dev.errand.recipe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every hint about a step's shape shows a form the parser accepts: for each step type, wrong shapes
 * (a list, nothing, an empty map, a stray key inside, a stray key beside) are refused, and every
 * step each message quotes ({@code '- reload'}) parses as written. {@code reload} once suggested
 * {@code reload: {…}}, which is then refused.
 */
class StepShapesTest {

  /** A quoted step in a message: {@code '- click: {role: button, name: Buy}'}. */
  private static final Pattern QUOTED_STEP = Pattern.compile("'(- [a-z-]+(?:: [^']*)?)'");

  @Test
  void everyStepTypeHasAFormThatParses() {
    assertEquals(StepReader.TYPES.keySet(), StepShapes.types());
    for (String type : StepShapes.types()) {
      String form = StepShapes.form(type);
      RecipeText.step(form.substring(3, form.length() - 1)); // without "'- " and "'"
    }
  }

  @Test
  void everyShapeHintQuotesAStepThatParses() {
    List<String> checked = new ArrayList<>();
    for (String type : StepReader.TYPES.keySet()) {
      String form = StepShapes.form(type);
      String good = form.substring(3, form.length() - 1);
      List<String> wrong =
          List.of(
              type + ": [1, 2]",
              type + ": {bogus: 1}",
              type + ": {}",
              good + "\nbogus: 1",
              good + "\nname: Buy");
      for (String shape : wrong) {
        List<String> messages;
        try {
          messages = RecipeText.stepProblems(shape);
        } catch (AssertionError parsed) {
          continue; // this shape is fine for this type (e.g. '- reload: {}')
        }
        for (String message : messages) {
          assertFalse(message.contains("{…}"), shape + " → " + message);
          Matcher m = QUOTED_STEP.matcher(message);
          while (m.find()) {
            String step = m.group(1).substring(2);
            try {
              RecipeText.step(step);
            } catch (AssertionError | RuntimeException e) {
              throw new AssertionError(
                  "'" + shape + "' → " + message + "\n  quotes '" + step + "', refused: " + e, e);
            }
            checked.add(step);
          }
        }
      }
    }
    assertTrue(checked.size() >= StepReader.TYPES.size(), "hints quote steps: " + checked);
  }

  @Test
  void aKeyBesideReloadShowsTheBareReload() {
    List<String> problems = RecipeText.stepProblems("reload:\nwait: commit");
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems.get(0).contains("'reload' has no keys of its own: '- reload'"), problems.get(0));
    List<String> map = RecipeText.stepProblems("reload: {wait: commit}");
    assertTrue(map.get(0).contains("write '- reload'"), map.toString());
  }
}
