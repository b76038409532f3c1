package dev.errand.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.PageSurvey.Control;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import dev.errand.recipe.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The controls offered for a locator that matched nothing, best first, and the line for each. */
class CloseControlsTest {

  private static final List<Control> PAGE =
      List.of(
          new Control("link", "Skip to content", "", "Skip to content", "", ""),
          new Control("button", "Add to basket", "", "Add to basket", "", ""),
          new Control("link", "Basket (0)", "", "Basket (0)", "", ""),
          new Control("combobox", "Ticket type", "Ticket type", "", "", ""),
          new Control("combobox", "Quantity", "Quantity", "", "", ""),
          new Control("textbox", "Email address", "Email address", "", "", "you@example.com"),
          new Control("button", "Checkout", "", "Checkout", "checkout-button", ""));

  @Test
  void aChangedWordStillFindsTheButton() {
    List<CloseControls.Match> close =
        CloseControls.closest(new Locator.ByRole("button", "Add to cart", false), PAGE, 3);
    assertEquals(new Locator.ByRole("button", "Add to basket", false), close.get(0).locator());
    assertTrue(
        close.stream().noneMatch(m -> m.control().name().equals("Skip to content")),
        close.toString());
    assertTrue(
        close.stream().noneMatch(m -> m.control().name().equals("Quantity")), close.toString());
  }

  @Test
  void aTypoFindsItsControl() {
    List<CloseControls.Match> close =
        CloseControls.closest(new Locator.ByRole("button", "Chekout", false), PAGE, 3);
    assertEquals(new Locator.ByRole("button", "Checkout", false), close.get(0).locator());
  }

  @Test
  void theRecipesFormIsKeptWhereTheControlHasIt() {
    List<CloseControls.Match> close =
        CloseControls.closest(new Locator.ByLabel("Email", false), PAGE, 3);
    assertEquals(new Locator.ByLabel("Email address", false), close.get(0).locator());
    assertEquals(
        new Locator.ByTestId("checkout-button"),
        CloseControls.closest(new Locator.ByTestId("checkout-btn"), PAGE, 1).get(0).locator());
  }

  @Test
  void theSameRoleWinsATie() {
    List<Control> page =
        List.of(
            new Control("link", "Tickets", "", "Tickets", "", ""),
            new Control("button", "Tickets", "", "Tickets", "", ""));
    assertEquals(
        "button",
        CloseControls.closest(new Locator.ByRole("button", "Ticket", false), page, 2)
            .get(0)
            .control()
            .role());
  }

  @Test
  void nothingAlikeIsNotOffered() {
    assertEquals(
        List.of(), CloseControls.closest(new Locator.ByRole("button", "Zzyzx", false), PAGE, 3));
  }

  @Test
  void anyListsAreComparedCandidateByCandidate() {
    Locator any =
        new Locator.AnyOf(
            List.of(
                new Locator.ByText("Sold out", false), new Locator.ByLabel("Ticket kind", false)));
    assertEquals(
        new Locator.ByLabel("Ticket type", false),
        CloseControls.closest(any, PAGE, 1).get(0).locator());
  }

  @Test
  void theYamlLineIsTheStepsOwnShape() {
    Locator button = new Locator.ByRole("button", "Add to basket", false);
    assertEquals(
        "click: {role: button, name: Add to basket}",
        YamlLine.of(new Step.Click(button, StepOptions.DEFAULT), button));
    assertEquals(
        "fill: {label: \"Email: work\", value: …}",
        YamlLine.of(
            new Step.Fill(button, new Value("x", false), StepOptions.DEFAULT),
            new Locator.ByLabel("Email: work", false)));
    assertEquals("true", YamlLine.scalar("true").replace("\"", ""));
    assertEquals("\"true\"", YamlLine.scalar("true"));
    assertEquals("\"Basket (0) #1\"", YamlLine.scalar("Basket (0) #1"));
  }

  @Test
  void similarityReadsWordsAndSpelling() {
    assertEquals(1.0, NameSimilarity.of("Add to basket", "add  to BASKET"));
    assertTrue(NameSimilarity.of("Add to cart", "Add to basket") > 0.5);
    assertTrue(NameSimilarity.of("Checkout", "Chekout") > 0.8);
    assertTrue(NameSimilarity.of("Buy", "Buy tickets") >= 0.9);
    assertTrue(NameSimilarity.of("Add to cart", "Skip to content") < 0.5);
    assertEquals(0.0, NameSimilarity.of("", "x"));
  }
}
