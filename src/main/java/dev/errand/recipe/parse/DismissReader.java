package dev.errand.recipe.parse;

import dev.errand.browser.recognition.PayWording;
import dev.errand.recipe.Locator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code dismiss:}, a list of locators for what errand closes whenever it shows (a banner's
 * button, a pop-up's close). A rule whose wording pays ({@link PayWording}: "Pay now", "Place
 * order") is refused: errand never presses pay, and a rule clicked whenever it shows must not be
 * able to.
 */
final class DismissReader {

  static final String KEY = "dismiss";

  /** Quoted texts in a selector ({@code button:has-text("Pay")}, {@code [aria-label='Pay']}). */
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"|'([^']*)'");

  private final Problems problems;
  private final LocatorReader locators;

  DismissReader(ReadContext ctx) {
    this.problems = ctx.problems();
    this.locators = ctx.locators();
  }

  /** The rules; none when absent. Invalid ones are reported and left out. */
  List<Locator> read(@Nullable Node node) {
    if (node == null || Messages.isNull(node)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      problems.at(
          node,
          "'dismiss' must be a list of locators, such as [{role: button, name: No thanks}], got "
              + Messages.kind(node));
      return List.of();
    }
    List<Locator> rules = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      Locator rule = locators.read(item, KEY);
      if (rule == null) {
        continue;
      }
      Optional<String> pays = payWording(rule);
      if (pays.isPresent()) {
        problems.at(
            item,
            "a 'dismiss' rule must not match a pay button: '"
                + pays.get()
                + "' reads as paying, and errand never presses pay");
        continue;
      }
      rules.add(rule);
    }
    return List.copyOf(rules);
  }

  /** The text of {@code rule} that reads as committing a payment, if any. */
  static Optional<String> payWording(Locator rule) {
    for (String text : texts(rule)) {
      if (PayWording.of(text) == PayWording.Meaning.COMMITS) {
        return Optional.of(text);
      }
    }
    return Optional.empty();
  }

  /** The words a locator matches by: names, texts, labels, and the texts inside a selector. */
  private static List<String> texts(Locator rule) {
    List<String> out = new ArrayList<>();
    if (rule instanceof Locator.ByRole r && r.name() != null) {
      out.add(r.name());
    } else if (rule instanceof Locator.ByText t) {
      out.add(t.text());
    } else if (rule instanceof Locator.ByLabel l) {
      out.add(l.label());
    } else if (rule instanceof Locator.ByTestId t) {
      out.add(t.testId().replace('-', ' ').replace('_', ' '));
    } else if (rule instanceof Locator.Selector s) {
      String selector = s.selector().strip();
      if (selector.startsWith("text=")) {
        out.add(selector.substring("text=".length()));
      }
      Matcher m = QUOTED.matcher(selector);
      while (m.find()) {
        out.add(m.group(1) != null ? m.group(1) : m.group(2));
      }
    } else if (rule instanceof Locator.AnyOf any) {
      any.candidates().forEach(c -> out.addAll(texts(c)));
    } else if (rule instanceof Locator.InFrame f) {
      out.addAll(texts(f.inner()));
    }
    return out;
  }
}
