package dev.errand.browser.pw;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import dev.errand.browser.BrowserActionException;
import dev.errand.browser.ShopLimit;
import dev.errand.browser.recognition.LimitWording;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads how many one customer may buy: the limit the page's text states ({@link LimitWording}),
 * and, for a quantity control (a list of whole numbers, a number field, or a field labelled as a
 * quantity), the list's largest number or the field's {@code max}. Reads markup, labels and page
 * text; never a field's value.
 */
final class QuantityLimits {

  /** How long to wait for the control to be visible: a check, not an action. */
  static final Duration LOOK = Duration.ofSeconds(1);

  private static final String PAGE_TEXT = "() => document.body ? document.body.innerText : ''";

  private static final String CONTROL =
      "el => ({tag: el.tagName, type: (el.getAttribute('type') || '').toLowerCase(),"
          + " max: el.getAttribute('max') || '',"
          + " options: el.tagName === 'SELECT' ? Array.from(el.options).filter(o => !o.disabled)"
          + ".map(o => (o.value || o.textContent || '').trim()).filter(v => v !== '') : [],"
          + " label: [el.getAttribute('aria-label') || '', el.labels ? Array.from(el.labels)"
          + ".map(l => l.textContent).join(' ') : '', el.getAttribute('name') || '', el.id || '']"
          + ".join(' ')})";

  private static final Pattern WHOLE = Pattern.compile("\\d{1,4}");

  private final Page page;
  private final Targets targets;

  QuantityLimits(Page page, Targets targets) {
    this.page = page;
    this.targets = targets;
  }

  /** The limit the page's text states. */
  Optional<ShopLimit> stated() {
    try {
      return LimitWording.in(String.valueOf(page.evaluate(PAGE_TEXT)))
          .map(s -> new ShopLimit(s.most(), "the page says \"" + s.words() + "\""));
    } catch (PlaywrightException e) {
      return Optional.empty();
    }
  }

  /** The limit binding {@code control}, when it is a quantity control. */
  Optional<ShopLimit> forControl(dev.errand.recipe.Locator control) {
    Map<?, ?> facts;
    try {
      Target found = targets.await(control, Deadline.in(LOOK));
      Object read =
          found
              .element()
              .evaluate(
                  CONTROL,
                  null,
                  new Locator.EvaluateOptions().setTimeout((double) LOOK.toMillis()));
      if (!(read instanceof Map<?, ?> map)) {
        return Optional.empty();
      }
      facts = map;
    } catch (BrowserActionException | PlaywrightException e) {
      return Optional.empty(); // the step itself will find out what is wrong with its target
    }
    List<Integer> numbers = wholeNumbers(facts.get("options"));
    boolean numericList = numbers.size() >= 2;
    boolean labelled =
        LimitWording.namesQuantity(String.valueOf(facts.get("label")))
            || "number".equals(facts.get("type"));
    if (!numericList && !labelled) {
      return Optional.empty();
    }
    Optional<ShopLimit> own = Optional.empty();
    if (numericList) {
      int largest = numbers.stream().mapToInt(Integer::intValue).max().orElseThrow();
      own = Optional.of(new ShopLimit(largest, "the quantity list goes up to " + largest));
    } else if (WHOLE.matcher(String.valueOf(facts.get("max"))).matches()) {
      int max = Integer.parseInt(String.valueOf(facts.get("max")));
      own = Optional.of(new ShopLimit(max, "the quantity field takes at most " + max));
    }
    Optional<ShopLimit> stated = stated();
    if (own.isEmpty()) {
      return stated;
    }
    if (stated.isEmpty()) {
      return own;
    }
    return stated.get().most() <= own.get().most() ? stated : own;
  }

  private static List<Integer> wholeNumbers(@Nullable Object options) {
    if (!(options instanceof List<?> list) || list.isEmpty()) {
      return List.of();
    }
    List<Integer> numbers =
        list.stream()
            .map(String::valueOf)
            .filter(v -> WHOLE.matcher(v).matches())
            .map(Integer::parseInt)
            .toList();
    return numbers.size() == list.size() ? numbers : List.of();
  }
}
