package dev.errand.browser.strike;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errand.browser.MatchDescription;
import dev.errand.browser.UrlPattern;
import dev.errand.browser.recognition.CardFields;
import dev.errand.browser.recognition.DetectScripts;
import dev.errand.browser.recognition.PayWording;
import dev.errand.recipe.Condition;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Step;
import dev.errand.text.Json;
import dev.errand.timing.TimeText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The at-release steps written for {@code strike.js}: the longest prefix of them the page can run
 * by itself. A step ends the prefix when the page cannot do it as the normal path would: a
 * screenshot, a handoff, a key press, a {@code goto}, a secret value or a card number, a locator
 * inside an iframe or a selector in Playwright's own syntax, or a reload anywhere but where the
 * page can hand over to the next document.
 */
public final class StrikePlan {

  /** Past this, a wait inside the page gives the rest of its timeout to the normal path. */
  static final Duration IN_PAGE_WAIT_CAP = Duration.ofSeconds(5);

  private static final ObjectMapper JSON = Json.mapper();
  private static final Pattern ENGINE_PREFIX = Pattern.compile("^[a-zA-Z_-]+=");
  private static final List<String> PLAYWRIGHT_ONLY =
      List.of(
          ">>",
          ":has-text(",
          ":text(",
          ":text-is(",
          ":text-matches(",
          ":visible",
          ":nth-match(",
          ":right-of(",
          ":left-of(",
          ":above(",
          ":below(",
          ":near(",
          "internal:");

  private final List<ObjectNode> steps;
  private final List<Optional<Locator>> matchable;
  private final List<String> timeouts;

  private StrikePlan(
      List<ObjectNode> steps, List<Optional<Locator>> matchable, List<String> timeouts) {
    this.steps = steps;
    this.matchable = matchable;
    this.timeouts = timeouts;
  }

  /**
   * The plan for the longest prefix of {@code steps} the page can run.
   *
   * @param timeout each step's timeout
   */
  public static StrikePlan of(List<Step> steps, Function<Step, Duration> timeout) {
    List<ObjectNode> out = new ArrayList<>();
    List<Optional<Locator>> matchable = new ArrayList<>();
    List<String> timeouts = new ArrayList<>();
    for (Step step : steps) {
      Optional<ObjectNode> node = step(step, timeout.apply(step), matchable);
      if (node.isEmpty()) {
        break;
      }
      out.add(node.get());
      timeouts.add(TimeText.human(timeout.apply(step)));
    }
    // what a step matches was added only for the steps taken
    return new StrikePlan(out, matchable.subList(0, out.size()), timeouts);
  }

  /** How many steps the page runs. */
  public int covers() {
    return steps.size();
  }

  /**
   * The plan as {@code strike.js} takes it: its steps, the names it is reached by in the page, and
   * the tables it recognises the person's turn and payment wording by.
   */
  public String json(String binding, String go, String key, boolean resume) {
    ObjectNode plan = JSON.createObjectNode();
    plan.put("binding", binding);
    plan.put("go", go);
    plan.put("key", key);
    plan.put("resume", resume);
    ArrayNode list = plan.putArray("steps");
    steps.forEach(list::add);
    plan.set("signatures", JSON.valueToTree(DetectScripts.table()));
    plan.set("payWording", JSON.valueToTree(PayWording.forPageScripts()));
    plan.put("cardField", CardFields.HINT_SOURCE);
    return plan.toString();
  }

  /** The time the covered steps may take at most, inside the page. */
  public Duration budget() {
    return Duration.ofMillis(steps.stream().mapToLong(s -> s.path("timeoutMs").asLong()).sum());
  }

  /**
   * How the normal path would describe what step {@code index} matched: the candidate {@code match}
   * of its locator, with its place when there were several.
   */
  public Optional<String> matched(int index, @Nullable Integer match) {
    if (match == null || matchable.get(index).isEmpty()) {
      return Optional.empty();
    }
    Locator target = matchable.get(index).get();
    List<String> descriptions = descriptions(target);
    if (match < 0 || match >= descriptions.size()) {
      return Optional.empty();
    }
    return Optional.of(MatchDescription.of(target, descriptions, match));
  }

  /** Why optional step {@code index} failed when its wait ran out, as the normal path says it. */
  public Optional<String> timedOut(int index) {
    return Optional.of("the page did not show it within " + timeouts.get(index));
  }

  private static Optional<ObjectNode> step(
      Step step, Duration timeout, List<Optional<Locator>> matchable) {
    ObjectNode n = JSON.createObjectNode();
    long waitMs = Math.min(timeout.toMillis(), IN_PAGE_WAIT_CAP.toMillis());
    n.put("timeoutMs", waitMs);
    n.put("capped", waitMs < timeout.toMillis());
    n.put("optional", step.options().optional());
    if (step.options().when().isPresent()) {
      Optional<ObjectNode> when = condition(step.options().when().get());
      if (when.isEmpty()) {
        return Optional.empty();
      }
      n.set("when", when.get());
    }
    Locator matches = null;
    if (step instanceof Step.Reload) {
      n.put("op", "reload");
    } else if (step instanceof Step.WaitFor w) {
      Optional<ObjectNode> c = condition(w.condition());
      if (c.isEmpty()) {
        return Optional.empty();
      }
      n.put("op", "wait");
      n.set("condition", c.get());
      matches = w.condition() instanceof Condition.Visible v ? v.locator() : null;
    } else if (step instanceof Step.Expect e) {
      Optional<ObjectNode> c = condition(e.condition());
      if (c.isEmpty()) {
        return Optional.empty();
      }
      n.put("op", "expect");
      n.set("condition", c.get());
    } else if (step instanceof Step.Click c) {
      if (!target(n, c.target())) {
        return Optional.empty();
      }
      n.put("op", "click");
      matches = c.target();
    } else if (step instanceof Step.Select s && !s.option().secret() && !s.option().cardNumber()) {
      if (!target(n, s.target())) {
        return Optional.empty();
      }
      n.put("op", "select");
      n.put("option", s.option().text());
      matches = s.target();
    } else if (step instanceof Step.Fill f && !f.value().secret() && !f.value().cardNumber()) {
      if (!target(n, f.target())) {
        return Optional.empty();
      }
      n.put("op", "fill");
      n.put("value", f.value().text());
      matches = f.target();
    } else if (step instanceof Step.Check c) {
      if (!target(n, c.target())) {
        return Optional.empty();
      }
      n.put("op", "check");
      n.put("checked", c.checked());
      matches = c.target();
    } else {
      return Optional.empty();
    }
    matchable.add(Optional.ofNullable(matches));
    return Optional.of(n);
  }

  private static boolean target(ObjectNode n, Locator target) {
    Optional<ArrayNode> c = candidates(target);
    c.ifPresent(list -> n.set("target", list));
    return c.isPresent();
  }

  private static Optional<ObjectNode> condition(Condition condition) {
    ObjectNode n = JSON.createObjectNode();
    if (condition instanceof Condition.UrlMatches u) {
      UrlPattern pattern = UrlPattern.parse(u.pattern());
      n.put("kind", "url");
      ObjectNode url = n.putObject("url");
      url.put("regex", pattern.regex());
      url.put("whole", pattern.whole());
      url.put("part", pattern.part());
      return Optional.of(n);
    }
    Locator locator =
        condition instanceof Condition.Visible v
            ? v.locator()
            : ((Condition.Hidden) condition).locator();
    Optional<ArrayNode> c = candidates(locator);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    n.put("kind", condition instanceof Condition.Visible ? "visible" : "hidden");
    n.set("candidates", c.get());
    return Optional.of(n);
  }

  private static List<String> descriptions(Locator target) {
    if (target instanceof Locator.AnyOf any) {
      return any.candidates().stream().flatMap(c -> descriptions(c).stream()).toList();
    }
    return List.of(target.describe());
  }

  /**
   * The candidates of {@code target} as {@code dom.js}'s {@code find} takes them, a JSON list in
   * order; empty when one of them is beyond the page's own lookups.
   */
  public static Optional<String> candidatesJson(Locator target) {
    return candidates(target).map(ArrayNode::toString);
  }

  /** The candidates in order, or empty when one of them is beyond the page's own lookups. */
  private static Optional<ArrayNode> candidates(Locator target) {
    ArrayNode out = JSON.createArrayNode();
    return collect(target, out) ? Optional.of(out) : Optional.empty();
  }

  private static boolean collect(Locator target, ArrayNode out) {
    if (target instanceof Locator.AnyOf any) {
      for (Locator c : any.candidates()) {
        if (!collect(c, out)) {
          return false;
        }
      }
      return true;
    }
    ObjectNode n = out.addObject();
    if (target instanceof Locator.ByRole r) {
      n.put("kind", "role");
      n.put("role", r.role().strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", ""));
      n.put("name", r.name());
      n.put("exact", r.exact());
    } else if (target instanceof Locator.ByLabel l) {
      text(n, "label", l.label(), l.exact());
    } else if (target instanceof Locator.ByText t) {
      text(n, "text", t.text(), t.exact());
    } else if (target instanceof Locator.ByPlaceholder p) {
      text(n, "placeholder", p.placeholder(), p.exact());
    } else if (target instanceof Locator.ByTestId t) {
      text(n, "testid", t.testId(), true);
    } else if (target instanceof Locator.Selector s && plainCss(s.selector()).isPresent()) {
      n.put("kind", "css");
      n.put("selector", plainCss(s.selector()).get());
    } else {
      return false; // frames, Playwright's selector syntax
    }
    return true;
  }

  private static void text(ObjectNode n, String kind, String text, boolean exact) {
    n.put("kind", kind);
    n.put("text", text);
    n.put("exact", exact);
  }

  /** The selector as plain CSS, when it is plain CSS (the page's {@code querySelectorAll}). */
  static Optional<String> plainCss(String selector) {
    String s = selector.strip();
    if (s.startsWith("css=")) {
      s = s.substring(4).strip();
    } else if (ENGINE_PREFIX.matcher(s).find() && !s.startsWith("[")) {
      return Optional.empty();
    }
    if (s.isEmpty() || s.startsWith("/") || s.startsWith("(") || s.startsWith("..")) {
      return Optional.empty();
    }
    for (String marker : PLAYWRIGHT_ONLY) {
      if (s.contains(marker)) {
        return Optional.empty();
      }
    }
    return Optional.of(s);
  }
}
