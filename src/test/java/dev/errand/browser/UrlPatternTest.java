package dev.errand.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UrlPatternTest {

  private static boolean matches(String pattern, String url) {
    return UrlPattern.parse(pattern).matches(url);
  }

  @Test
  void doubleStarMatchesAnything() {
    assertTrue(matches("**/checkout", "https://shop.example/checkout"));
    assertTrue(matches("**/checkout", "https://shop.example/de/cart/checkout"));
    assertTrue(matches("**/checkout/**", "https://shop.example/checkout/step/2"));
    assertFalse(matches("**/checkout", "https://shop.example/checkout/step/2"));
  }

  @Test
  void singleStarStaysWithinASegment() {
    assertTrue(matches("https://shop.example/*/cart", "https://shop.example/de/cart"));
    assertFalse(matches("https://shop.example/*/cart", "https://shop.example/de/at/cart"));
    assertTrue(matches("**/product/*", "https://shop.example/product/123"));
    assertFalse(matches("**/product/*", "https://shop.example/product/123/reviews"));
  }

  @Test
  void matchesTheWholeUrl() {
    assertFalse(matches("checkout", "https://shop.example/checkout"));
    assertFalse(matches("**/cart", "https://shop.example/cart-old"));
  }

  @Test
  void queryStringAndFragmentMayBeIgnored() {
    assertTrue(matches("**/checkout", "https://shop.example/checkout?step=2"));
    assertTrue(matches("**/checkout", "https://shop.example/checkout#top"));
    assertTrue(matches("**/checkout?step=2", "https://shop.example/checkout?step=2"));
    assertTrue(matches("**/search?q=*", "https://shop.example/search?q=shoes"));
    assertTrue(matches("**/#/cart", "https://shop.example/app/#/cart"));
  }

  @Test
  void aGlobForThePathIsNotFooledByTheQueryString() {
    assertFalse(matches("**/checkout", "https://shop.example/security-check?next=/checkout"));
    assertFalse(matches("**/checkout", "https://shop.example/login#/checkout"));
    assertTrue(matches("**/security-check?next=**", "https://x/security-check?next=/checkout"));
  }

  @Test
  void everythingElseIsLiteral() {
    assertTrue(matches("**/a.b?c=(1)", "https://x/a.b?c=(1)"));
    assertFalse(matches("**/a.b", "https://x/aXb"));
    assertFalse(matches("**/item?", "https://x/items"));
    assertTrue(matches("**/[x]+{y}", "https://x/[x]+{y}"));
  }

  @Test
  void slashesMakeARegexFoundAnywhere() {
    assertTrue(matches("/checkout|cart/", "https://shop.example/en/cart?x=1"));
    assertTrue(matches("/order/[0-9]+/", "https://shop.example/order/123/done"));
    assertFalse(matches("/order/[0-9]+$/", "https://shop.example/order/abc"));
  }

  @Test
  void invalidRegexIsAClearError() {
    var e = assertThrows(BrowserActionException.class, () -> UrlPattern.parse("/(unclosed/"));
    assertTrue(e.getMessage().contains("not a valid regular expression"), e.getMessage());
  }

  @Test
  void globsBecomeRegexesJavaScriptReadsAlike() {
    String re = UrlPattern.globToRegex("**/basket");
    assertEquals(".*\\/basket", re);
    // the JavaScript source is also valid Java regex syntax: check its meaning here
    assertTrue(Pattern.compile(re).matcher("http://127.0.0.1:8080/basket").matches());
    assertFalse(Pattern.compile(re).matcher("http://127.0.0.1:8080/basket/x").matches());
    String one = UrlPattern.globToRegex("http://shop.test/*/buy?x=1");
    assertTrue(Pattern.compile(one).matcher("http://shop.test/aurora/buy?x=1").matches());
    assertFalse(Pattern.compile(one).matcher("http://shop.test/a/b/buy?x=1").matches());
  }
}
