package dev.errand.browser.recognition;

import static dev.errand.browser.Detection.Kind.CHALLENGE;
import static dev.errand.browser.Detection.Kind.PAYMENT;
import static dev.errand.browser.recognition.Signature.Clue.FRAME_NAME;
import static dev.errand.browser.recognition.Signature.Clue.FRAME_TITLE;
import static dev.errand.browser.recognition.Signature.Clue.FRAME_URL;
import static dev.errand.browser.recognition.Signature.Clue.HEADLINE;
import static dev.errand.browser.recognition.Signature.Clue.SELECTOR;
import static dev.errand.browser.recognition.Signature.Clue.TEXT;
import static dev.errand.browser.recognition.Signature.Clue.TITLE;

import dev.errand.browser.Detection.Kind;
import dev.errand.browser.recognition.Signature.Clue;
import java.util.List;

/**
 * What errand recognises as a challenge or as payment entry, by well-known markup: widget
 * containers, iframe URLs, names and titles, card inputs' {@code autocomplete} tokens, and a few
 * phrases. Order matters only for the order of the report. Frame patterns use the common subset of
 * Java and JavaScript regular expressions.
 */
public final class Signatures {

  private static final String INVISIBLE_RECAPTCHA = "[?&#]size=invisible";
  private static final String INVISIBLE_HCAPTCHA = "frame=checkbox-invisible";

  /** Every signature. */
  public static final List<Signature> ALL =
      List.of(
          // Google reCAPTCHA v2 (checkbox or image challenge); v3 and invisible v2 show nothing.
          sig(CHALLENGE, "reCAPTCHA", SELECTOR, "div.g-recaptcha:not([data-size=\"invisible\" i])"),
          sig(CHALLENGE, "reCAPTCHA", FRAME_URL, "^[a-z]+://[^?#]*/recaptcha/")
              .except(INVISIBLE_RECAPTCHA),
          sig(CHALLENGE, "reCAPTCHA", FRAME_TITLE, "recaptcha").except(INVISIBLE_RECAPTCHA),
          // hCaptcha
          sig(CHALLENGE, "hCaptcha", SELECTOR, "div.h-captcha:not([data-size=\"invisible\" i])"),
          sig(CHALLENGE, "hCaptcha", FRAME_URL, "^[a-z]+://[^?#]*hcaptcha")
              .except(INVISIBLE_HCAPTCHA),
          sig(CHALLENGE, "hCaptcha", FRAME_TITLE, "hcaptcha").except(INVISIBLE_HCAPTCHA),
          // Cloudflare Turnstile (its iframe sits in a closed shadow root: found by frame URL)
          sig(CHALLENGE, "Cloudflare Turnstile", SELECTOR, ".cf-turnstile"),
          sig(
              CHALLENGE,
              "Cloudflare Turnstile",
              FRAME_URL,
              "^https?://challenges\\.cloudflare\\.com/|^[a-z]+://[^?#]*/turnstile/"),
          sig(CHALLENGE, "Cloudflare Turnstile", FRAME_TITLE, "cloudflare security challenge"),
          // Cloudflare's interstitial ("managed challenge") page
          sig(CHALLENGE, "Cloudflare challenge page", TITLE, "Just a moment..."),
          sig(CHALLENGE, "Cloudflare challenge page", TITLE, "Attention Required! | Cloudflare"),
          sig(CHALLENGE, "Cloudflare challenge page", SELECTOR, "#challenge-form"),
          sig(CHALLENGE, "Cloudflare challenge page", SELECTOR, "#cf-challenge-running"),
          sig(CHALLENGE, "Cloudflare challenge page", SELECTOR, "#challenge-running"),
          sig(CHALLENGE, "Cloudflare challenge page", SELECTOR, "#challenge-stage"),
          sig(CHALLENGE, "Cloudflare challenge page", TEXT, "Checking your browser before"),
          sig(CHALLENGE, "Cloudflare challenge page", TEXT, "Checking if the site connection is"),
          sig(
              CHALLENGE,
              "Cloudflare challenge page",
              TEXT,
              "Verify you are human by completing the action below"),
          // Arkose Labs (FunCaptcha)
          sig(
              CHALLENGE,
              "Arkose/FunCaptcha",
              FRAME_URL,
              "^https?://[^/?#]*(arkoselabs|funcaptcha)\\.com([/:?#]|$)"),
          sig(CHALLENGE, "Arkose/FunCaptcha", SELECTOR, "#FunCaptcha, div[data-pkey]"),
          // AWS WAF CAPTCHA (interstitial or rendered by AwsWafCaptcha.renderCaptcha)
          sig(CHALLENGE, "AWS WAF CAPTCHA", SELECTOR, "awswaf-captcha"),
          sig(
              CHALLENGE,
              "AWS WAF CAPTCHA",
              SELECTOR,
              "html:has(script[src*=\"awswaf.com\" i]) #captcha-container"),
          sig(
              CHALLENGE,
              "AWS WAF CAPTCHA",
              FRAME_URL,
              "^https://[^/?#]*\\.captcha\\.awswaf\\.com/"),
          // HUMAN (PerimeterX) and others' "press and hold" button
          sig(CHALLENGE, "press-and-hold check", SELECTOR, "#px-captcha"),
          sig(CHALLENGE, "press-and-hold check", TEXT, "Press & Hold"),
          // DataDome, GeeTest, Friendly Captcha
          sig(CHALLENGE, "DataDome CAPTCHA", FRAME_URL, "^https://[^/?#]*captcha-delivery\\.com/"),
          sig(CHALLENGE, "GeeTest", SELECTOR, ".geetest_holder, .geetest_captcha"),
          sig(CHALLENGE, "Friendly Captcha", SELECTOR, ".frc-captcha"),
          // The demo shop's own widget
          sig(CHALLENGE, "demo security check", SELECTOR, "[data-demo-challenge]"),
          // Generic wording, when nothing above matched
          phrase("verify you are human"),
          phrase("verify that you are human"),
          phrase("verifying you are human"),
          phrase("confirm you are human"),
          phrase("are you a robot"),
          phrase("I'm not a robot"),
          phrase("I am not a robot"),
          headline("human verification"),
          headline("I am human"),
          headline("security check"),
          phrase("complete the captcha"),
          phrase("solve the captcha"),
          phrase("type the characters you see"),
          // Card inputs, by their autocomplete tokens
          sig(PAYMENT, "card number field", SELECTOR, "[autocomplete~=\"cc-number\" i]"),
          sig(PAYMENT, "card expiry field", SELECTOR, "[autocomplete~=\"cc-exp\" i]"),
          sig(PAYMENT, "card expiry field", SELECTOR, "[autocomplete~=\"cc-exp-month\" i]"),
          sig(PAYMENT, "card expiry field", SELECTOR, "[autocomplete~=\"cc-exp-year\" i]"),
          sig(PAYMENT, "card security code field", SELECTOR, "[autocomplete~=\"cc-csc\" i]"),
          // Stripe Elements and embedded Checkout
          sig(
              PAYMENT,
              "Stripe payment frame",
              FRAME_URL,
              "^https://js\\.stripe\\.com/v3/elements-inner-(card|payment|express-checkout)"),
          sig(PAYMENT, "Stripe payment frame", FRAME_URL, "^https://checkout\\.stripe\\.com/"),
          sig(PAYMENT, "Stripe payment frame", FRAME_NAME, "__privateStripeFrame")
              .except("elements-inner-(address|authentication|link|autocomplete)"),
          sig(PAYMENT, "Stripe payment frame", FRAME_TITLE, "secure card payment input frame"),
          sig(PAYMENT, "Stripe payment frame", FRAME_TITLE, "secure payment input frame"),
          sig(PAYMENT, "Stripe payment frame", FRAME_TITLE, "secure card number input frame"),
          // Adyen Web (secured fields, Drop-in)
          sig(PAYMENT, "Adyen", FRAME_URL, "^https://checkoutshopper-[a-z0-9-]+\\.adyen\\.com/"),
          sig(PAYMENT, "Adyen", SELECTOR, "[class*=\"adyen-checkout__card\"]"),
          sig(PAYMENT, "Adyen", SELECTOR, ".adyen-checkout__dropin"),
          // Braintree hosted fields and Drop-in
          sig(
              PAYMENT,
              "Braintree",
              FRAME_URL,
              "^https://assets\\.braintreegateway\\.com/[^?#]*hosted-fields"),
          sig(PAYMENT, "Braintree", FRAME_NAME, "braintree-hosted-field"),
          sig(PAYMENT, "Braintree", SELECTOR, ".braintree-dropin"),
          // Checkout.com Frames and Flow
          sig(PAYMENT, "Checkout.com", FRAME_URL, "^https://([a-z0-9-]+\\.)*checkout\\.com/"),
          // Wallet buttons (PayPal's "Pay Later" messages are not buttons)
          sig(PAYMENT, "PayPal button", SELECTOR, ".paypal-buttons"),
          sig(
              PAYMENT,
              "PayPal button",
              FRAME_URL,
              "^https://www\\.(sandbox\\.)?paypal\\.com/(smart/buttons|checkoutnow)"),
          sig(PAYMENT, "PayPal button", FRAME_NAME, "__zoid__paypal_buttons"),
          sig(PAYMENT, "PayPal button", FRAME_TITLE, "paypal")
              .except("credit-presentment|paypal_message"),
          sig(PAYMENT, "Apple Pay button", SELECTOR, "apple-pay-button, .apple-pay-button"),
          sig(PAYMENT, "Apple Pay button", SELECTOR, "[style*=\"-apple-pay-button\" i]"),
          sig(PAYMENT, "Google Pay button", SELECTOR, "google-pay-button, .gpay-button"),
          sig(PAYMENT, "Google Pay button", SELECTOR, ".gpay-card-info-container"),
          sig(PAYMENT, "Google Pay button", FRAME_URL, "^https://pay\\.google\\.com/"),
          // Weak: card-like input names and frame titles, when nothing above matched
          sig(
                  PAYMENT,
                  "card number field",
                  SELECTOR,
                  "input:is([name*=\"cardnumber\" i], [id*=\"cardnumber\" i],"
                      + " [name*=\"card_number\" i], [name*=\"card-number\" i],"
                      + " [id*=\"card-number\" i], [id*=\"card_number\" i], [name*=\"ccnum\" i])")
              .weak(),
          sig(
                  PAYMENT,
                  "card security code field",
                  SELECTOR,
                  "input:is([name=\"cvc\" i], [id=\"cvc\" i], [name*=\"cvv\" i], [id*=\"cvv\" i],"
                      + " [name=\"csc\" i], [name*=\"securitycode\" i])")
              .weak(),
          sig(PAYMENT, "card payment frame", FRAME_TITLE, "card payment").weak(),
          sig(PAYMENT, "card payment frame", FRAME_TITLE, "secure card").weak(),
          sig(PAYMENT, "card payment frame", FRAME_TITLE, "payment input").weak(),
          sig(PAYMENT, "card payment frame", FRAME_TITLE, "card number").weak(),
          sig(PAYMENT, "card payment frame", FRAME_TITLE, "credit card").weak());

  private Signatures() {}

  /** The signatures that look at frames, in table order. */
  public static List<Signature> onFrames() {
    return ALL.stream().filter(Signature::onFrames).toList();
  }

  private static Signature sig(Kind kind, String what, Clue clue, String value) {
    return new Signature(kind, what, clue, value, null, false);
  }

  /** Generic challenge wording, anywhere in the visible text. */
  private static Signature phrase(String phrase) {
    return new Signature(CHALLENGE, "human verification", TEXT, phrase, null, true);
  }

  /** Generic challenge wording that counts only in a title, heading, label or button. */
  private static Signature headline(String phrase) {
    return new Signature(CHALLENGE, "human verification", HEADLINE, phrase, null, true);
  }
}
