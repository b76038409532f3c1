package dev.errand.attempt;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.handoff.ByReason;
import dev.errand.handoff.RemoteHandoff;
import dev.errand.handoff.TerminalHandoff;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.parse.RecipeParser;
import dev.errand.recipe.parse.VariableScope;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who can take over at a handoff, and the refusal to start a run nobody could finish. */
class HandoverTest {

  static Recipe recipe(String steps) {
    return RecipeParser.parse(
        "apiVersion: errand/v1\nname: t\nsite: https://shop.example/\narm:\n" + steps,
        Path.of("t.yaml"),
        VariableScope.permissive());
  }

  static final Recipe HANDS_OFF = recipe("  - handoff: {reason: payment, message: Pay}\n");
  static final Recipe ALONE = recipe("  - goto: /\n");

  static final Headless HEADLESS = new Headless(true, "no display here");
  static final Headless WINDOW = new Headless(false, "a display is here");

  @Test
  void aHeadlessBrowserWithoutRemoteDebuggingHasNobodyToTakeOver() {
    assertTrue(new Handover(HEADLESS, Optional.empty()).nobody());
    assertFalse(new Handover(HEADLESS, Optional.of(new RemoteHandoff(0))).nobody());
    assertFalse(new Handover(WINDOW, Optional.empty()).nobody());
  }

  @Test
  void aRecipeThatHandsOverIsRefusedWhenNobodyCouldTakeOverUnlessThatEndsTheRun() {
    Handover nobody = new Handover(HEADLESS, Optional.empty());
    AttemptException e =
        assertThrows(AttemptException.class, () -> nobody.refuseNobody(HANDS_OFF, false));
    assertEquals(AttemptException.Kind.BAD_INPUT, e.kind());
    assertTrue(e.getMessage().contains("headless (no display here), so nobody could take over"));
    assertTrue(e.getMessage().contains("--handoff-ends-run"), e.getMessage());
    assertDoesNotThrow(() -> nobody.refuseNobody(HANDS_OFF, true));
    assertDoesNotThrow(() -> nobody.refuseNobody(ALONE, false));
    assertDoesNotThrow(() -> new Handover(WINDOW, Optional.empty()).refuseNobody(HANDS_OFF, false));
  }

  @Test
  void nobodyMeansAStopAndAPersonMeansTheTerminal() {
    var in = new ByteArrayInputStream(new byte[0]);
    assertInstanceOf(
        ByReason.class, new Handover(HEADLESS, Optional.empty()).responder(in, Clock.systemUTC()));
    assertInstanceOf(
        TerminalHandoff.class,
        new Handover(WINDOW, Optional.empty()).responder(in, Clock.systemUTC()));
  }
}
