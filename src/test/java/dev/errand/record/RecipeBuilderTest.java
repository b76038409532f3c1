package dev.errand.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.HandoffReason;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.recipe.parse.RecipeParser;
import dev.errand.recipe.parse.VariableScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class RecipeBuilderTest {

  private static final VariableScope SCOPE =
      new VariableScope(Samples.PERSON.keySet(), Set.of("example-password", "shop-password"));

  private static Recipe parse(String yaml) {
    return RecipeParser.parse(yaml, Path.of("recorded.yaml"), SCOPE);
  }

  @Test
  void theDemoPurchaseBecomesARecipeInErrandsOwnWords() {
    List<Boolean> stops = new ArrayList<>();
    String yaml =
        Samples.build("demo-flow.jsonl", "http://127.0.0.1:8080/events/aurora-live", stops)
            .yaml("2026-12-05");
    Recipe recipe = parse(yaml);

    assertTrue(yaml.contains("name: \"Aurora — Live at the Roundhouse · Lumen Tickets\""), yaml);
    assertTrue(yaml.contains("site: http://127.0.0.1:8080/\n"), yaml);
    assertTrue(yaml.contains("quantity: 2\n"), yaml);
    assertTrue(yaml.contains("  - goto: /events/aurora-live\n"), yaml);
    // the custom dropdown: its opening click and its option are one select, the price cut off
    assertTrue(
        yaml.contains(
            "  - select: {any: [{role: combobox, name: Ticket type}, \"css=#ticket-type\"],"
                + " option: Standing}\n"),
        yaml);
    assertTrue(
        yaml.contains(
            "  - select: {any: [{label: Quantity}, \"css=#quantity\"],"
                + " option: \"${quantity}\"}\n"),
        yaml);
    assertTrue(
        yaml.contains("{role: button, name: Add to basket}, \"css=#tickets > form > button\""),
        yaml);
    // errand closes the cookie banner by itself
    assertTrue(yaml.contains("the click on 'Accept all' is left out"), yaml);
    assertFalse(yaml.contains("name: Accept all"), yaml);
    // profile values become variables; typing that went on is one fill with its last value
    assertTrue(yaml.contains("value: \"${profile.name}\"}"), yaml);
    assertTrue(yaml.contains("value: \"${profile.email}\"}"), yaml);
    assertTrue(yaml.contains("value: \"${profile.address.postcode}\"}"), yaml);
    assertFalse(yaml.contains("Alex"), yaml);
    assertEquals(1, count(yaml, "name: Full name}"), "the focusing click is left out: " + yaml);
    // other text is kept as typed, quoted so YAML and errand read it back the same
    assertTrue(yaml.contains("value: \"Costs $${5}: \\\"front\\\" row\"}"), yaml);
    // reported after the person had pressed the check's box, the click that led there is kept
    assertTrue(
        yaml.contains("  - click: {any: [{role: link, name: Checkout}, \"css=#checkout-link\"]}\n"),
        yaml);
    // the security check is handed over; the click on its box is not in the recipe
    assertFalse(yaml.contains("robot"), yaml);
    assertTrue(yaml.contains("  - wait-for: {url: \"/(security-check|checkout)/\"}\n"), yaml);
    assertTrue(yaml.contains("      until: {url: \"**/checkout\"}\n"), yaml);
    assertTrue(yaml.contains("    when: {url: \"**/security-check\"}\n"), yaml);
    // it ends at payment: the click that got there, then the handoff; no card number
    assertTrue(yaml.contains("name: Continue to payment}"), yaml);
    assertFalse(yaml.contains("4242"), yaml);
    assertFalse(yaml.contains("Card number"), yaml);
    List<Step> steps = recipe.allSteps();
    Step last = steps.get(steps.size() - 1);
    assertTrue(last instanceof Step.Handoff h && h.reason() == HandoffReason.PAYMENT, yaml);
    assertEquals(
        2,
        steps.stream().filter(s -> s instanceof Step.Handoff).count(),
        "a challenge and a payment handoff: " + yaml);
    assertTrue(stops.contains(true), "the payment page ends the recording");
  }

  @Test
  void aPasswordBecomesASecretAndCardDataEndsTheRecipeWithAPaymentHandoff() {
    List<Boolean> stops = new ArrayList<>();
    String yaml =
        Samples.build("password-and-card.jsonl", "http://127.0.0.1:8080/login", stops)
            .yaml("2026-12-05");
    parse(yaml);
    assertFalse(yaml.contains("hunter2"), yaml);
    assertTrue(yaml.contains("value: \"${secrets.shop-password}\"}"), yaml);
    assertTrue(yaml.contains("secrets { shop-password = ${?SHOP_PASSWORD} }"), yaml);
    assertTrue(yaml.contains("{label: Email}, \"css=#user\"], value: \"${profile.email}\""), yaml);
    // a card number typed where errand saw no payment page: dropped, and the payment is handed over
    assertFalse(yaml.contains("4000"), yaml);
    assertFalse(yaml.contains("5556"), yaml);
    assertTrue(yaml.contains("reason: payment"), yaml);
    assertFalse(yaml.contains("Next"), "nothing after the card data: " + yaml);
    assertTrue(stops.contains(true), "the card number ends the recording");
  }

  @Test
  void aPageOnAnotherHostIsAllowedAndAPasswordIsNamedAfterTheSite() {
    String yaml =
        Samples.build("password-and-card.jsonl", "https://www.shop.example.com/", new ArrayList<>())
            .yaml("2026-12-05");
    parse(yaml);
    assertTrue(yaml.contains("allowed-domains: [www.shop.example.com, \"127.0.0.1\"]\n"), yaml);
    assertTrue(yaml.contains("  - goto: \"http://127.0.0.1:8080/login\"\n"), yaml);
    assertTrue(yaml.contains("${secrets.example-password}"), yaml);
  }

  @Test
  void aChallengeInAFrameIsHandedOverAndAPayButtonIsNeverPressed() {
    List<Boolean> stops = new ArrayList<>();
    String yaml =
        Samples.build("frames-and-pay.jsonl", "http://127.0.0.1:8080/order", stops)
            .yaml("2026-12-05");
    parse(yaml);
    assertFalse(yaml.contains("robot"), yaml);
    assertTrue(yaml.contains("reason: challenge"), yaml);
    assertTrue(yaml.contains("  - check: {any: [{testid: terms}, \"css=#accept\"]}\n"), yaml);
    // the n-th of several: the CSS path first, since the role and name match more than one
    assertTrue(
        yaml.contains(
            "  - click: {any: [\"css=li:nth-of-type(2) > button\", {role: button, name: Add,"
                + " exact: true}]}\n"),
        yaml);
    assertFalse(yaml.contains("Pay £90.00}"), yaml);
    assertTrue(yaml.contains("pressed 'Pay £90.00': that pays"), yaml);
    assertTrue(yaml.contains("reason: payment"), yaml);
    assertFalse(yaml.contains("Never written"), yaml);
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
