package dev.errand.browser.pw;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.errand.browser.BrowserActionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses an option: in a native {@code <select>} by label, else by value; in a custom dropdown by
 * opening it and clicking the option (ARIA option, then menu item, then text inside an open list;
 * each by exact name first, then by a name that starts with the option). When nothing matches, the
 * error lists the options there are: that is how a per-customer limit ("options are 1, 2") or a
 * sold-out size shows up.
 */
final class OptionPicker {

  private static final String NATIVE_OPTIONS =
      "s => Array.from(s.options).map(o => ({label: (o.label || o.text || '').trim(),"
          + " value: o.value, disabled: o.disabled || (o.parentElement.tagName === 'OPTGROUP'"
          + " && o.parentElement.disabled)}))";

  private static final String OPEN_LISTS = "[role=listbox], [role=menu]";
  private static final String OPEN_LISTS_VISIBLE = ":is([role=listbox], [role=menu]):visible";
  private static final String OPTION_LIKE = "[role=option], [role=menuitem]";
  private static final Duration GRACE = Duration.ofSeconds(2);
  private static final int MAX_LISTED = 30;

  private final Targets targets;

  OptionPicker(Targets targets) {
    this.targets = targets;
  }

  /** Choose {@code option} in {@code target}; returns the label chosen. */
  String select(Target target, String option, Deadline deadline) {
    Object tag = target.element().evaluate("e => e.tagName");
    if ("SELECT".equals(tag)) {
      return selectNative(target, option, deadline);
    }
    return selectCustom(target, option, deadline);
  }

  private String selectNative(Target target, String option, Deadline deadline) {
    List<NativeOption> options = nativeOptions(target);
    int index = indexOf(options, option);
    if (index < 0) {
      throw new BrowserActionException(
          "no option '"
              + option
              + "' in "
              + target.description()
              + "; options are "
              + listed(options));
    }
    NativeOption chosen = options.get(index);
    if (chosen.disabled()) {
      throw new BrowserActionException(
          "option '" + chosen.label() + "' in " + target.description() + " is disabled");
    }
    target
        .element()
        .selectOption(
            new SelectOption().setIndex(index),
            new Locator.SelectOptionOptions().setTimeout(deadline.remainingMs()));
    return chosen.label();
  }

  private static int indexOf(List<NativeOption> options, String wanted) {
    String w = wanted.strip();
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).label().equals(w)) {
        return i;
      }
    }
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).value().equals(wanted)) {
        return i;
      }
    }
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).label().equalsIgnoreCase(w)) {
        return i;
      }
    }
    return -1;
  }

  private static String listed(List<NativeOption> options) {
    List<String> shown = new ArrayList<>();
    for (NativeOption o : options) {
      if (o.value().isEmpty() && !o.label().isEmpty() && options.size() > 1) {
        continue; // a "Choose…" placeholder
      }
      shown.add(o.disabled() ? o.label() + " (disabled)" : o.label());
    }
    return shown.isEmpty() ? "none" : String.join(", ", shown);
  }

  @SuppressWarnings("unchecked")
  private static List<NativeOption> nativeOptions(Target target) {
    List<Map<String, Object>> raw =
        (List<Map<String, Object>>) target.element().evaluate(NATIVE_OPTIONS);
    List<NativeOption> out = new ArrayList<>();
    for (Map<String, Object> m : raw) {
      out.add(
          new NativeOption(
              Objects.toString(m.get("label"), ""),
              Objects.toString(m.get("value"), ""),
              Boolean.TRUE.equals(m.get("disabled"))));
    }
    return out;
  }

  private String selectCustom(Target target, String option, Deadline deadline) {
    if (!"true".equals(target.element().getAttribute("aria-expanded"))) {
      // Closed (the usual case): open it. An open one is not clicked, which would close it.
      target.element().click(new Locator.ClickOptions().setTimeout(deadline.remainingMs()));
    }
    Scope scope = target.scope();
    Scope list = controlledList(target).orElse(scope);
    boolean scoped = list != scope;
    List<Candidate> wanted = wanted(list, option, scoped);
    List<Candidate> waitList = new ArrayList<>(wanted);
    waitList.add(new Candidate("any list", anyList(list, scoped), list));
    int i = targets.awaitAnyVisible(waitList, deadline);
    if (i < 0) {
      throw new BrowserActionException(
          "no option '"
              + option
              + "' in "
              + target.description()
              + ": clicking it showed no options within "
              + Durations.human(deadline.budget()));
    }
    if (i == wanted.size()) {
      // A list is open but our option is not (yet) in it: give it a moment to load.
      i = targets.awaitAnyVisible(wanted, deadline.cappedAt(GRACE));
    }
    if (i < 0) {
      throw new BrowserActionException(
          "no option '"
              + option
              + "' in "
              + target.description()
              + "; options are "
              + visibleOptions(list, scoped));
    }
    Locator chosen = wanted.get(i).visible().first();
    String label = chosen.innerText().strip();
    chosen.click(new Locator.ClickOptions().setTimeout(deadline.remainingMs()));
    return label.isEmpty() ? option : label;
  }

  /** The list the dropdown names in {@code aria-controls} or {@code aria-owns}, if it exists. */
  private static Optional<Scope> controlledList(Target target) {
    for (String attribute : List.of("aria-controls", "aria-owns")) {
      String ids = target.element().getAttribute(attribute);
      if (ids == null || ids.isBlank()) {
        continue;
      }
      String selector = "[id=\"" + ids.strip().split("\\s+")[0].replace("\"", "\\\"") + "\"]";
      if (target.scope().locator(selector).count() > 0) {
        return Optional.of(target.scope().within(selector));
      }
    }
    return Optional.empty();
  }

  private static Locator anyList(Scope list, boolean scoped) {
    if (scoped) {
      return ((Scope.ElementScope) list).root().or(list.locator(OPTION_LIKE));
    }
    return list.locator(OPTION_LIKE + ", " + OPEN_LISTS);
  }

  /**
   * The option's candidates, best first: exact name, then a name that starts with it followed by a
   * separator ("M (only 2 left)" for "M", in any case). Never a plain substring: "L" must not pick
   * "XL", nor "42" pick "42.5". Plain text counts only inside an open list (or inside the list the
   * dropdown controls, when {@code scoped}).
   */
  private static List<Candidate> wanted(Scope scope, String option, boolean scoped) {
    Pattern prefix = prefixPattern(option);
    Scope texts = scoped ? scope : scope.within(OPEN_LISTS_VISIBLE);
    return List.of(
        new Candidate("option", scope.byRole(AriaRole.OPTION, option, true), scope),
        new Candidate("option", scope.byRole(AriaRole.OPTION, prefix), scope),
        new Candidate("menu item", scope.byRole(AriaRole.MENUITEM, option, true), scope),
        new Candidate("menu item", scope.byRole(AriaRole.MENUITEM, prefix), scope),
        new Candidate("text", texts.byText(option, true), scope),
        new Candidate("text", texts.byText(prefix), scope));
  }

  /** The pattern is sent to the browser as a JavaScript regex: no {@code \\Q…\\E} quoting. */
  static Pattern prefixPattern(String option) {
    String escaped = option.strip().replaceAll("[\\\\^$.|?*+()\\[\\]{}/-]", "\\\\$0");
    return Pattern.compile(
        "^\\s*" + escaped + "(?:$|[\\s(\\[,:;/|\\-\u2013\u2014])", Pattern.CASE_INSENSITIVE);
  }

  private static String visibleOptions(Scope list, boolean scoped) {
    Locator options =
        list.locator(OPTION_LIKE).filter(new Locator.FilterOptions().setVisible(true));
    List<String> texts = options.allInnerTexts();
    if (texts.isEmpty()) {
      // Items without roles: one per line of the open list's text.
      Locator lists =
          scoped
              ? ((Scope.ElementScope) list).root()
              : list.locator(OPEN_LISTS).filter(new Locator.FilterOptions().setVisible(true));
      texts = new ArrayList<>();
      for (String text : lists.allInnerTexts()) {
        texts.addAll(text.lines().toList());
      }
    }
    Set<String> names = new LinkedHashSet<>();
    for (String text : texts) {
      String t = text.strip().replaceAll("\\s+", " ");
      if (!t.isEmpty() && names.size() < MAX_LISTED) {
        names.add(t);
      }
    }
    return names.isEmpty() ? "none visible" : String.join(", ", names);
  }

  /** One {@code <option>} of a native select. */
  private record NativeOption(String label, String value, boolean disabled) {}
}
