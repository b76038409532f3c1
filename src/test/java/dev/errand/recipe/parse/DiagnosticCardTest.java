package dev.errand.recipe.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.Recipe;
import dev.errand.recipe.SourcePos;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A card number written into a recipe is never printed back, not even in a diagnostic. */
class DiagnosticCardTest {

  @Test
  void theSourceLineAndTheMessageHideTheDigitsAndTheCaretStaysInPlace() {
    String text = "steps:\n  - fill: {label: Name, value: \"4242 4242 4242 4242\", bogus: 1}\n";
    int column = text.split("\n")[1].indexOf("bogus") + 1;
    Diagnostic d =
        new Diagnostic(
            new SourcePos(Path.of("r.yaml"), 2, column), "unknown key near '4242424242424242'");
    String shown = d.formatWithCaret(text);
    assertFalse(shown.contains("4242"), shown);
    String[] lines = shown.split("\n");
    assertEquals(column - 1, lines[2].indexOf('^'), shown);
    assertEquals("bogus", lines[1].substring(column - 1, column + 4), shown);
  }

  @Test
  void aRecipeWithACardLiteralAndAMistakeNeverEchoesTheNumber() {
    String yaml =
        "apiVersion: errand/v1\nname: t\nsite: https://shop.example/\nsteps:\n"
            + "  - fill: {label: Full name, value: \"4242 4242 4242 4242\", tiemout: 2s}\n";
    RecipeException e =
        assertThrows(
            RecipeException.class,
            () -> RecipeParser.parse(yaml, Path.of("t.yaml"), VariableScope.permissive()));
    for (Diagnostic d : e.diagnostics()) {
      String shown = d.formatWithCaret(yaml);
      assertTrue(shown.contains("t.yaml:5:"), shown);
      assertFalse(shown.contains("4242"), shown);
    }
    Recipe ok =
        RecipeParser.parse(
            yaml.replace(", tiemout: 2s", ""), Path.of("t.yaml"), VariableScope.permissive());
    assertFalse(ok.allSteps().get(0).describe().contains("4242"));
  }
}
