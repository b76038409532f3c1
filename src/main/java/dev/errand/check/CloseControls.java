package dev.errand.check;

import dev.errand.browser.PageSurvey.Control;
import dev.errand.recipe.Locator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The controls on a page closest to a locator that matched nothing, best first: by how alike their
 * role's accessible name, label, text, placeholder or test id reads to what the locator names
 * ({@link NameSimilarity}), a little more when the role is the one asked for. Each comes with the
 * locator that would match it, in the form the recipe used where the control has one (a label for a
 * label, else role and name, label, placeholder, test id, text).
 */
final class CloseControls {

  /** Below this a control is not offered: it shares too little with what the recipe names. */
  static final double FLOOR = 0.34;

  private static final double SAME_ROLE = 0.1;

  private static final Set<String> NAMED_ROLES =
      Set.of(
          "button",
          "link",
          "combobox",
          "listbox",
          "textbox",
          "searchbox",
          "spinbutton",
          "checkbox",
          "radio",
          "switch",
          "tab",
          "menuitem",
          "option",
          "slider",
          "heading",
          "region",
          "dialog",
          "form",
          "timer",
          "status",
          "alert");

  /** A control and the locator that would match it. */
  record Match(Control control, double score, Locator locator) {}

  private CloseControls() {}

  /** At most {@code max} controls of {@code controls} closest to {@code wanted}, best first. */
  static List<Match> closest(Locator wanted, List<Control> controls, int max) {
    List<Wanted> terms = new ArrayList<>();
    collect(wanted, terms);
    Map<String, Match> best = new LinkedHashMap<>();
    for (Control c : controls) {
      double score = 0;
      Wanted used = null;
      for (Wanted w : terms) {
        double s = score(w, c);
        if (s > score) {
          score = s;
          used = w;
        }
      }
      if (used == null || score < FLOOR) {
        continue;
      }
      Optional<Locator> locator = locatorFor(c, used.kind());
      if (locator.isEmpty()) {
        continue;
      }
      String key = locator.get().describe();
      Match m = new Match(c, score, locator.get());
      Match before = best.get(key);
      if (before == null || before.score() < score) {
        best.put(key, m);
      }
    }
    return best.values().stream()
        .sorted(Comparator.comparingDouble(Match::score).reversed())
        .limit(max)
        .toList();
  }

  /** What a locator names: its kind (role, label, text, placeholder, testid), role and text. */
  private record Wanted(String kind, String role, String text) {}

  private static void collect(Locator l, List<Wanted> out) {
    if (l instanceof Locator.AnyOf any) {
      any.candidates().forEach(c -> collect(c, out));
    } else if (l instanceof Locator.InFrame f) {
      collect(f.inner(), out);
    } else if (l instanceof Locator.ByRole r) {
      out.add(new Wanted("role", r.role(), r.name() == null ? "" : r.name()));
    } else if (l instanceof Locator.ByLabel b) {
      out.add(new Wanted("label", "", b.label()));
    } else if (l instanceof Locator.ByText t) {
      out.add(new Wanted("text", "", t.text()));
    } else if (l instanceof Locator.ByPlaceholder p) {
      out.add(new Wanted("placeholder", "", p.placeholder()));
    } else if (l instanceof Locator.ByTestId t) {
      out.add(new Wanted("testid", "", t.testId()));
    } else if (l instanceof Locator.Selector s) {
      String sel = s.selector();
      String text = sel.startsWith("text=") ? sel.substring(5) : sel;
      out.add(new Wanted(sel.startsWith("text=") ? "text" : "role", "", text));
    }
  }

  private static double score(Wanted w, Control c) {
    double s = 0;
    for (String field : List.of(c.name(), c.label(), c.text(), c.placeholder(), c.testId())) {
      s = Math.max(s, NameSimilarity.of(w.text(), field));
    }
    if (w.text().isEmpty() && !w.role().isEmpty()) {
      // a bare {role: X}: any control of that role is as close as the others
      s = w.role().equals(c.role()) ? 0.5 : 0;
    }
    if (!w.role().isEmpty() && w.role().equals(c.role())) {
      s += SAME_ROLE;
    }
    return Math.min(1, s);
  }

  /** The locator that matches {@code c}, in {@code kind} where {@code c} has that, else another. */
  static Optional<Locator> locatorFor(Control c, String kind) {
    Optional<Locator> preferred =
        switch (kind) {
          case "label" -> label(c);
          case "placeholder" -> placeholder(c);
          case "testid" -> testId(c);
          case "text" -> text(c);
          default -> role(c);
        };
    return preferred
        .or(() -> role(c))
        .or(() -> label(c))
        .or(() -> placeholder(c))
        .or(() -> testId(c))
        .or(() -> text(c));
  }

  private static Optional<Locator> role(Control c) {
    return NAMED_ROLES.contains(c.role()) && !c.name().isBlank() && c.name().length() <= 80
        ? Optional.of(new Locator.ByRole(c.role(), c.name(), false))
        : Optional.empty();
  }

  private static Optional<Locator> label(Control c) {
    return c.label().isBlank()
        ? Optional.empty()
        : Optional.of(new Locator.ByLabel(c.label(), false));
  }

  private static Optional<Locator> placeholder(Control c) {
    return c.placeholder().isBlank()
        ? Optional.empty()
        : Optional.of(new Locator.ByPlaceholder(c.placeholder(), false));
  }

  private static Optional<Locator> testId(Control c) {
    return c.testId().isBlank() ? Optional.empty() : Optional.of(new Locator.ByTestId(c.testId()));
  }

  private static Optional<Locator> text(Control c) {
    return c.text().isBlank() || c.text().length() > 80
        ? Optional.empty()
        : Optional.of(new Locator.ByText(c.text(), false));
  }
}
