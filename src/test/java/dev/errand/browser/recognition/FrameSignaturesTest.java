package dev.errand.browser.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.Detection.Kind;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real widgets' and providers' frame URLs, names and titles against the signature table. */
class FrameSignaturesTest {

  private static List<String> whats(String url, String name, String title) {
    return new FrameFacts(url, name, title)
        .matching(Signatures.onFrames()).stream()
            .map(s -> s.kind() + " " + s.what())
            .distinct()
            .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://www.google.com/recaptcha/api2/anchor?ar=1&k=6Le&size=normal&cb=x"
            + " | CHALLENGE reCAPTCHA",
        "https://www.recaptcha.net/recaptcha/enterprise/bframe?hl=en&k=6Le | CHALLENGE reCAPTCHA",
        "http://127.0.0.1:5000/__challenge/recaptcha/api2/anchor?k=demo | CHALLENGE reCAPTCHA",
        "https://newassets.hcaptcha.com/captcha/v1/abc/static/hcaptcha.html#frame=checkbox&id=1"
            + " | CHALLENGE hCaptcha",
        "https://challenges.cloudflare.com/cdn-cgi/challenge-platform/h/b/turnstile/if/ov2/av0/"
            + " | CHALLENGE Cloudflare Turnstile",
        "https://client-api.arkoselabs.com/fc/gc/?token=x | CHALLENGE Arkose/FunCaptcha",
        "https://roblox-api.arkoselabs.com/v2/1.5.5/enforcement.html | CHALLENGE Arkose/FunCaptcha",
        "https://abc.us-east-1.captcha.awswaf.com/abc/captcha.html | CHALLENGE AWS WAF CAPTCHA",
        "https://geo.captcha-delivery.com/captcha/?initialCid=x | CHALLENGE DataDome CAPTCHA",
        "https://js.stripe.com/v3/elements-inner-card-19066928.html#wait=false"
            + " | PAYMENT Stripe payment frame",
        "https://js.stripe.com/v3/elements-inner-payment-abc.html | PAYMENT Stripe payment frame",
        "https://checkoutshopper-live-us.adyen.com/checkoutshopper/securedfields/pub/4.5.0/"
            + "securedFields.html?type=card | PAYMENT Adyen",
        "https://assets.braintreegateway.com/web/3.97.2/html/hosted-fields-frame.min.html#x"
            + " | PAYMENT Braintree",
        "https://cdn.checkout.com/js/framesv2/index.html | PAYMENT Checkout.com",
        "https://www.paypal.com/smart/buttons?style.layout=vertical | PAYMENT PayPal button",
        "https://pay.google.com/gp/p/ui/payframe?origin=x | PAYMENT Google Pay button",
      })
  void recognisesFrameUrls(String url, String expected) {
    assertEquals(List.of(expected), whats(url, "", null));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // reCAPTCHA v3 / invisible v2 badge: no challenge for a person
        "https://www.google.com/recaptcha/api2/anchor?ar=1&k=6Le&size=invisible&cb=x | | reCAPTCHA",
        "https://newassets.hcaptcha.com/captcha/v1/a/static/hcaptcha.html#frame=checkbox-invisible"
            + " | | ",
        // Stripe's hidden controller and non-payment elements
        "https://js.stripe.com/v3/controller-abc.html | __privateStripeController1234 | ",
        "https://js.stripe.com/v3/elements-inner-address-abc.html | __privateStripeFrame9 |"
            + " Secure address input frame",
        // PayPal "Pay Later" messages on product pages
        "https://www.paypal.com/credit-presentment/smart/message?x=1 | __zoid__paypal_message__x"
            + " | PayPal Message 1",
        // look-alikes
        "https://example.com/?ref=recaptcha | | ",
        "https://mycheckout.com/pay | | ",
        "https://example.com/hosted-fields | | ",
      })
  void ignoresInvisibleAndLookAlikeFrames(String url, String name, String title) {
    assertEquals(List.of(), whats(url, name, title));
  }

  @Test
  void namesAndTitlesCountToo() {
    assertEquals(
        List.of("PAYMENT Stripe payment frame", "PAYMENT card payment frame"),
        whats("about:blank", "__privateStripeFrame5341", "Secure card payment input frame"),
        "the weak generic title matches too (reported only without the strong one)");
    assertEquals(List.of("PAYMENT Braintree"), whats("", "braintree-hosted-field-number", null));
    assertEquals(List.of("PAYMENT PayPal button"), whats("", "__zoid__paypal_buttons__abc", null));
    assertEquals(
        List.of("CHALLENGE hCaptcha"),
        whats("", "", "Widget containing checkbox for hCaptcha security challenge"));
    assertEquals(
        List.of("PAYMENT card payment frame"),
        whats("/__pay/card-frame", "", "Secure card payment"));
  }

  @Test
  void evidenceNeverCarriesTheQuery() {
    FrameFacts f =
        new FrameFacts(
            "https://www.google.com/recaptcha/api2/anchor?k=secretish#frag", "a-1", "reCAPTCHA");
    Signature url =
        Signatures.onFrames().stream()
            .filter(s -> s.clue() == Signature.Clue.FRAME_URL && f.fits(s))
            .findFirst()
            .orElseThrow();
    assertEquals("frame https://www.google.com/recaptcha/api2/anchor", f.evidence(url));
  }

  @Test
  void everyFramePatternCompilesAndEverySignatureHasAKind() {
    for (Signature s : Signatures.ALL) {
      if (s.clue() == Signature.Clue.FRAME_URL) {
        Pattern.compile(s.value());
      }
      assertTrue(!s.what().isBlank() && !s.value().isBlank(), s.toString());
    }
    assertTrue(Signatures.ALL.stream().anyMatch(s -> s.kind() == Kind.PAYMENT));
  }

  @Test
  void theScriptTableHoldsEverySignatureWithItsIndexOnce() {
    Map<String, Object> table = DetectScripts.table(Signatures.ALL);
    int demo = -1;
    for (int i = 0; i < Signatures.ALL.size(); i++) {
      if (Signatures.ALL.get(i).value().equals("[data-demo-challenge]")) {
        demo = i;
      }
    }
    assertTrue(
        ((List<?>) table.get("selectors"))
            .contains(List.of(demo, "[data-demo-challenge]", "CHALLENGE")),
        table.toString());
    assertTrue(table.get("titles").toString().contains("just a moment..."), "titles normalized");
    assertTrue(table.get("phrases").toString().contains("i'm not a robot"));
    assertTrue(table.get("headlines").toString().contains("security check"));
    assertFalse(table.get("phrases").toString().contains("security check"), "only as a headline");
    assertTrue(table.get("frames").toString().contains("/recaptcha/"));
    int entries = 0;
    for (String key : List.of("selectors", "phrases", "titles", "headlines", "frames")) {
      entries += ((List<?>) table.get(key)).size();
    }
    assertEquals(Signatures.ALL.size(), entries);
    assertTrue(DetectScripts.detect().startsWith("(table) => ("), DetectScripts.detect());
    assertTrue(DetectScripts.control().startsWith("(el, table) => ("), DetectScripts.control());
  }
}
