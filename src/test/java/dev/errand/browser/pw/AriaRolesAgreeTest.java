package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.options.AriaRole;
import dev.errand.recipe.parse.AriaRoles;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The recipe parser's role names are exactly the ones Playwright can look up. */
class AriaRolesAgreeTest {

  @Test
  void theParsersRolesAreTheBrowsersRoles() {
    Set<String> playwright =
        Arrays.stream(AriaRole.values())
            .map(r -> r.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(playwright, new TreeSet<>(AriaRoles.names()));
  }
}
