package dev.errand.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShopConfig.CardEntry;
import dev.errand.demo.DemoShopConfig.Challenge;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The security check's stand-ins for real widgets, and the card fields in a frame, over HTTP: the
 * markup mirrors the real widgets', and the iframe's token passes the check as the demo widget's
 * does.
 */
class ChallengeVariantsTest {

  private static final Pattern FRAME_SRC = Pattern.compile("<iframe [^>]*src=\"([^\"]+)\"");
  private static final Pattern TOKEN = Pattern.compile("data-token=\"([^\"]+)\"");

  private static DemoShop shop(DemoShopConfig config) throws Exception {
    return DemoShop.start(config);
  }

  private static DemoShopConfig open() {
    return DemoShopConfig.opensIn(Duration.ofSeconds(-1)).withoutRivals();
  }

  @Test
  void defaultsAreTheDemoWidgetAndCardFieldsInAFrame() {
    DemoShopConfig config = open();
    assertEquals(Challenge.DEMO, config.challenge());
    assertEquals(CardEntry.FRAME, config.cardEntry());
    DemoShopConfig changed = config.withChallenge(Challenge.HCAPTCHA).withCardEntry(CardEntry.PAGE);
    assertEquals(Challenge.HCAPTCHA, changed.challenge());
    assertEquals(CardEntry.PAGE, changed.cardEntry());
    assertEquals(Challenge.HCAPTCHA, changed.withStock(3).withSkew(Duration.ZERO).challenge());
    assertEquals(
        CardEntry.PAGE, changed.withPort(8080).withHoldTime(Duration.ofMinutes(1)).cardEntry());
    assertThrows(NullPointerException.class, () -> config.withChallenge(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"RECAPTCHA", "HCAPTCHA", "TURNSTILE"})
  void aStandInsFrameTokenPassesTheCheck(String name) throws Exception {
    Challenge challenge = Challenge.valueOf(name);
    try (DemoShop shop = shop(open().withChallenge(challenge))) {
      ShopClient client = new ShopClient(shop);
      String page = client.get("/security-check?next=/checkout").body();
      assertFalse(page.contains("data-demo-challenge"), "not the demo widget");
      assertFalse(TOKEN.matcher(page).find(), "the token is only inside the frame");
      assertTrue(page.contains("data-challenge-host data-next=\"/checkout\""), page);
      Matcher src = FRAME_SRC.matcher(page);
      assertTrue(src.find(), page);
      String path = src.group(1).replace("&amp;", "&").replaceFirst("[?#].*", "");

      HttpResponse<String> frame = client.get(path);
      assertEquals(200, frame.statusCode(), path);
      assertTrue(frame.body().contains("role=\"checkbox\" aria-checked=\"false\""));
      Matcher token = TOKEN.matcher(frame.body());
      assertTrue(token.find(), frame.body());
      assertEquals(303, client.get("/checkout").statusCode(), "not verified yet");
      HttpResponse<String> verify =
          client.postJson("/security-check/verify", "{\"token\":\"" + token.group(1) + "\"}");
      assertEquals(200, verify.statusCode());
      assertEquals(303, client.get("/security-check?next=/basket").statusCode(), "verified");
    }
  }

  @ParameterizedTest
  @EnumSource(Challenge.class)
  void eachWidgetMirrorsTheRealOnesMarkup(Challenge challenge) throws Exception {
    try (DemoShop shop = shop(open().withChallenge(challenge))) {
      String page = new ShopClient(shop).get("/security-check?next=/checkout").body();
      String expected =
          switch (challenge) {
            case DEMO -> "data-demo-challenge=\"v1\"";
            case RECAPTCHA -> "<div class=\"g-recaptcha\" data-sitekey=\"demo-site-key\"";
            case HCAPTCHA -> "<div class=\"h-captcha\" data-sitekey=\"demo-site-key\">";
            case TURNSTILE -> "<div class=\"cf-turnstile\" data-sitekey=\"demo-site-key\">";
          };
      assertTrue(page.contains(expected), page);
      switch (challenge) {
        case RECAPTCHA -> {
          assertTrue(page.contains("<iframe title=\"reCAPTCHA\""), page);
          assertTrue(page.contains("src=\"/__challenge/recaptcha/api2/anchor?"), page);
        }
        case HCAPTCHA -> assertTrue(page.contains("src=\"/__challenge/hcaptcha/"), page);
        case TURNSTILE -> {
          assertTrue(page.contains("<template shadowrootmode=\"closed\">"), page);
          assertTrue(page.contains("src=\"/__challenge/challenges/turnstile/"), page);
        }
        case DEMO -> assertFalse(page.contains("<iframe"), page);
      }
    }
  }

  @Test
  void unknownChallengeFramesAreNotFound() throws Exception {
    try (DemoShop shop = shop(open())) {
      assertEquals(404, new ShopClient(shop).get("/__challenge/other/frame").statusCode());
    }
  }

  @Test
  void cardFieldsCanStayInThePage() throws Exception {
    try (DemoShop shop = shop(open().withCardEntry(CardEntry.PAGE))) {
      ShopClient client = new ShopClient(shop);
      client.addToBasket("standing", 1);
      client.passSecurityCheck();
      client.post("/checkout", ShopClient.contact());
      String page = client.get("/payment").body();
      assertTrue(page.contains("autocomplete=\"cc-number\""), page);
      assertFalse(page.contains("<iframe"), page);
      assertEquals(303, client.post("/payment", ShopClient.card()).statusCode());
      assertEquals(1, shop.payments().size());
    }
  }
}
