package dev.errand.handoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.BrowserPage;
import dev.errand.recipe.HandoffReason;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResponder;
import dev.errand.run.HandoffResult;
import dev.errand.run.RunListener;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoPaymentGuideTest {

  static final String DEMO = "http://127.0.0.1:43123/";

  /** What happened, in order: the notes, and the person's turn. */
  final List<String> said = new ArrayList<>();

  final RunListener listener =
      new RunListener() {
        @Override
        public void note(String message) {
          said.add("note: " + message);
        }
      };

  /** The person: takes the wheel and ends as told. */
  HandoffResponder person(HandoffResult ends) {
    return (request, page, l) -> {
      said.add("person at " + page.url());
      return ends;
    };
  }

  /** A page at {@code url} that can do nothing else: the guide must only look at it. */
  static BrowserPage pageAt(String url) {
    return (BrowserPage)
        Proxy.newProxyInstance(
            DemoPaymentGuideTest.class.getClassLoader(),
            new Class<?>[] {BrowserPage.class},
            (proxy, method, args) -> {
              if (method.getName().equals("url")) {
                return url;
              }
              throw new AssertionError("the guide touched the page: " + method.getName());
            });
  }

  static HandoffRequest payment(String url) {
    return new HandoffRequest(
        HandoffReason.PAYMENT,
        "Check the order and pay in the browser window",
        Optional.empty(),
        Duration.ofMinutes(10),
        url,
        DEMO,
        Optional.empty(),
        Optional.empty());
  }

  @Test
  void onTheDemoShopItNamesTheTestCardThenTheRunIsThePersons() {
    String url = "http://127.0.0.1:43123/payment";
    HandoffResult r =
        new DemoPaymentGuide(DEMO, person(HandoffResult.DONE))
            .handOff(payment(url), pageAt(url), listener);

    assertEquals(HandoffResult.DONE, r, "the person's result is the handoff's");
    assertEquals(2, said.size(), said.toString());
    assertTrue(said.get(0).startsWith("note: this is the demo shop"), said.toString());
    assertTrue(said.get(0).contains("4242 4242 4242 4242"), "names the test card: " + said);
    assertTrue(said.get(0).contains("press Enter to end here"), said.toString());
    assertEquals("person at " + url, said.get(1), "the note comes before the person's turn");
  }

  @Test
  void theTestCardIsOnlyNamedOnTheDemoShop() {
    String elsewhere = "http://127.0.0.1:43124/payment"; // another port: another origin
    HandoffResult r =
        new DemoPaymentGuide(DEMO, person(HandoffResult.CONTINUED))
            .handOff(payment(elsewhere), pageAt(elsewhere), listener);

    assertEquals(HandoffResult.CONTINUED, r);
    assertEquals(List.of("person at " + elsewhere), said);
  }
}
