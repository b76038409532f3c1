package dev.errand.browser.strike;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StrikePlanTest {

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
