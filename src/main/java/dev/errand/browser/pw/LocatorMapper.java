package dev.errand.browser.pw;

import com.microsoft.playwright.Locator;
import dev.errand.recipe.Locator.AnyOf;
import dev.errand.recipe.Locator.ByLabel;
import dev.errand.recipe.Locator.ByPlaceholder;
import dev.errand.recipe.Locator.ByRole;
import dev.errand.recipe.Locator.ByTestId;
import dev.errand.recipe.Locator.ByText;
import dev.errand.recipe.Locator.InFrame;
import dev.errand.recipe.Locator.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Maps a recipe {@link dev.errand.recipe.Locator} to Playwright locators: one per candidate, in
 * order ({@code any:} lists are flattened; {@code frame:} scopes its inner locator to the iframe).
 */
final class LocatorMapper {

  private LocatorMapper() {}

  static List<Candidate> candidates(Scope root, dev.errand.recipe.Locator target) {
    List<Candidate> out = new ArrayList<>();
    collect(root, target, Function.identity(), out);
    return out;
  }

  private static void collect(
      Scope scope,
      dev.errand.recipe.Locator target,
      Function<dev.errand.recipe.Locator, dev.errand.recipe.Locator> wrap,
      List<Candidate> out) {
    if (target instanceof AnyOf any) {
      for (dev.errand.recipe.Locator c : any.candidates()) {
        collect(scope, c, wrap, out);
      }
    } else if (target instanceof InFrame f) {
      collect(
          scope.frame(f.frameSelector()),
          f.inner(),
          inner -> wrap.apply(new InFrame(f.frameSelector(), inner)),
          out);
    } else {
      out.add(new Candidate(wrap.apply(target).describe(), single(scope, target), scope));
    }
  }

  private static Locator single(Scope scope, dev.errand.recipe.Locator target) {
    if (target instanceof Selector s) {
      return scope.locator(s.selector());
    } else if (target instanceof ByRole r) {
      return scope.byRole(RoleNames.toAria(r.role()), r.name(), r.exact());
    } else if (target instanceof ByLabel l) {
      return scope.byLabel(l.label(), l.exact());
    } else if (target instanceof ByText t) {
      return scope.byText(t.text(), t.exact());
    } else if (target instanceof ByPlaceholder p) {
      return scope.byPlaceholder(p.placeholder(), p.exact());
    } else if (target instanceof ByTestId t) {
      return scope.byTestId(t.testId());
    }
    throw new IllegalArgumentException("unexpected locator " + target);
  }
}
