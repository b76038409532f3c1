package dev.errand.recipe.parse;

import com.microsoft.playwright.options.AriaRole;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The ARIA role names Playwright's {@link AriaRole} knows, in lower case ({@code button}, …). */
final class AriaRoles {

  static final Set<String> NAMES =
      Collections.unmodifiableSortedSet(
          Arrays.stream(AriaRole.values())
              .map(r -> r.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.toCollection(TreeSet<String>::new)));

  private AriaRoles() {}
}
