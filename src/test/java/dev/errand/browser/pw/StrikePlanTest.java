package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StrikePlanTest {

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

  @Test
  void onlyPlainCssRunsInThePage() {
    assertEquals(Optional.of("#buy"), StrikePlan.plainCss("#buy"));
    assertEquals(Optional.of("button.buy"), StrikePlan.plainCss("css=button.buy"));
    assertEquals(Optional.of("[data-x=y]"), StrikePlan.plainCss("[data-x=y]"));
    assertEquals(Optional.of("input[name=qty]"), StrikePlan.plainCss("input[name=qty]"));
    for (String playwright :
        new String[] {
          "text=Buy",
          "role=button",
          "//button",
          "xpath=//b",
          "button:has-text('Buy')",
          "#a >> #b",
          "button:visible",
          "(//b)[1]"
        }) {
      assertEquals(Optional.empty(), StrikePlan.plainCss(playwright), playwright);
    }
  }
}
