package dev.errand.attempt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errand.browser.BrowserPage;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The runner acts on every run's page through {@link LivePage}: a page method it does not pass on
 * would fall back to {@link BrowserPage}'s default (seeing nothing, holding nothing) in every real
 * run, silently.
 */
class LivePageDelegatesTest {

  @Test
  void everyPageMethodIsPassedOnToTheBrowsersPage() {
    List<String> missing =
        Arrays.stream(BrowserPage.class.getMethods())
            .filter(m -> !Modifier.isStatic(m.getModifiers()))
            .filter(m -> !declares(m))
            .map(Method::toString)
            .toList();
    assertEquals(List.of(), missing);
  }

  private static boolean declares(Method m) {
    try {
      LivePage.class.getDeclaredMethod(m.getName(), m.getParameterTypes());
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
