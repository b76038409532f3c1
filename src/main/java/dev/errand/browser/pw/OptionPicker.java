package dev.errand.browser.pw;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.errand.browser.BrowserActionException;
import dev.errand.timing.TimeText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Chooses an option: in a native {@code <select>} by label, else by value; in a custom dropdown by
 * opening it and clicking the option (ARIA option, then menu item, then text inside an open list;
 * each by exact name first, then by a name that starts with the option). When nothing matches, the
 * error lists the options there are: that is how a per-customer limit ("options are 1, 2") or a
 * sold-out size shows up.
 */
final class OptionPicker {

  private static final String OPEN_LISTS = "[role=listbox], [role=menu]";
  private static final String OPEN_LISTS_VISIBLE = ":is([role=listbox], [role=menu]):visible";
  private static final String OPTION_LIKE = "[role=option], [role=menuitem]";
  private static final Duration GRACE = Duration.ofSeconds(2);
  private static final int MAX_LISTED = 30;

  private final Targets targets;
  private final Pace pace;
  private final FastInput fast;

  OptionPicker(Targets targets, Pace pace, FastInput fast) {
    this.targets = targets;
    this.pace = pace;
    this.fast = fast;
  }

  /**
   * Choose {@code option} in {@code target}; returns the label chosen. When urgent, the target's
   * probe tells the kind of control and, for a native select, its options; a native select then
   * gets its option in one round trip without Playwright's repeated checks (the probe saw it
   * visible and enabled), a custom dropdown gets trusted fast clicks.
   */
  String select(Target target, String option, Deadline deadline) {
    if (pace.urgent()) {
      Probe probe = fast.settled(target.element(), target.probe(), deadline);
      if (!"SELECT".equals(probe.tag())) {
        return selectCustom(target, option, deadline, probe);
      }
      if (probe.usable()) {
        int index = chosenIndex(target, option, probe.options());
        Object chosen = target.element().evaluateAll(NativeOption.CHOOSE, index);
        if (chosen instanceof Number n && n.intValue() == index) {
          return probe.options().get(index).label();
        }
      }
      // Disabled, gone or changed since the probe: the careful path waits and explains.
      return selectNative(target, option, deadline);
    }
    Object tag = target.element().evaluate("e => e.tagName");
    if ("SELECT".equals(tag)) {
      return selectNative(target, option, deadline);
    }
    return selectCustom(target, option, deadline, null);
  }

  private String selectNative(Target target, String option, Deadline deadline) {
    List<NativeOption> options = NativeOption.fromJs(target.element().evaluate(NativeOption.READ));
    int index = chosenIndex(target, option, options);
    target
        .element()
        .selectOption(
            new SelectOption().setIndex(index),
            new Locator.SelectOptionOptions().setTimeout(deadline.remainingMs()));
    return options.get(index).label();
  }

  /** The index of {@code option}; throws when there is none or it is disabled. */
  private static int chosenIndex(Target target, String option, List<NativeOption> options) {
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
    return index;
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

  /**
   * Opens the dropdown and clicks the option. {@code probe} is the urgent probe of the dropdown
   * (null when not urgent): it already tells whether the dropdown is open and which list it
   * controls, and both clicks take the fast path when they can.
   */
  private String selectCustom(
      Target target, String option, Deadline deadline, @Nullable Probe probe) {
    String expanded =
        probe != null ? probe.expanded() : target.element().getAttribute("aria-expanded");
    if (!"true".equals(expanded)) {
      // Closed (the usual case): open it. An open one is not clicked, which would close it.
      if (probe == null || !fast.click(target.element(), probe)) {
        target.element().click(new Locator.ClickOptions().setTimeout(deadline.remainingMs()));
      }
    }
    Scope scope = target.scope();
    Scope list =
        (probe != null ? controlledList(scope, probe.controls()) : controlledList(target))
            .orElse(scope);
    boolean scoped = list != scope;
    List<Candidate> wanted = wanted(list, option, scoped);
    List<Candidate> waitList = new ArrayList<>(wanted);
    waitList.add(new Candidate("any list", anyList(list, scoped), list));
    Targets.Match found = targets.awaitAnyVisible(waitList, deadline);
    if (found == null) {
      throw new BrowserActionException(
          "no option '"
              + option
              + "' in "
              + target.description()
              + ": clicking it showed no options within "
              + TimeText.human(deadline.budget()));
    }
    if (found.index() == wanted.size()) {
      // A list is open but our option is not (yet) in it: give it a moment to load.
      found = targets.awaitAnyVisible(wanted, deadline.cappedAt(GRACE));
    }
    if (found == null) {
      throw new BrowserActionException(
          "no option '"
              + option
              + "' in "
              + target.description()
              + "; options are "
              + visibleOptions(list, scoped));
    }
    Locator chosen = wanted.get(found.index()).visible().first();
    String label;
    if (pace.urgent()) {
      Probe choice = fast.settled(chosen, found.probe(), deadline);
      label = choice.text();
      if (!fast.click(chosen, choice)) {
        chosen.click(new Locator.ClickOptions().setTimeout(deadline.remainingMs()));
      }
    } else {
      label = chosen.innerText().strip();
      chosen.click(new Locator.ClickOptions().setTimeout(deadline.remainingMs()));
    }
    return label.isEmpty() ? option : label;
  }

  /** The list with id {@code id} (from a probe), if the dropdown names one. */
  private static Optional<Scope> controlledList(Scope scope, @Nullable String id) {
    if (id == null) {
      return Optional.empty();
    }
    return Optional.of(scope.within(idSelector(id)));
  }

  private static String idSelector(String id) {
    return "[id=\"" + id.replace("\"", "\\\"") + "\"]";
  }

  /** The list the dropdown names in {@code aria-controls} or {@code aria-owns}, if it exists. */
  private static Optional<Scope> controlledList(Target target) {
    for (String attribute : List.of("aria-controls", "aria-owns")) {
      String ids = target.element().getAttribute(attribute);
      if (ids == null || ids.isBlank()) {
        continue;
      }
      String selector = idSelector(ids.strip().split("\\s+", -1)[0]);
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
}
