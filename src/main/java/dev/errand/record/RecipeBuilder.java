package dev.errand.record;

import dev.errand.browser.recognition.CardFields;
import dev.errand.browser.recognition.FrameFacts;
import dev.errand.browser.recognition.OverlayWording;
import dev.errand.browser.recognition.PayWording;
import dev.errand.browser.recognition.Signature;
import dev.errand.browser.recognition.Signatures;
import dev.errand.recipe.CardNumbers;
import dev.errand.recipe.Locator;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Builds the recipe from what a recording saw, in the order it saw it: the recorder's actions (each
 * matched with the press or focus that preceded it, which says what element and page it was on),
 * and errand's scan of each page. A person's work on a challenge page becomes one challenge {@code
 * handoff}, never a recorded click on the check; a password becomes {@code ${secrets.NAME}}; card
 * data is never written: a card field, a card number, a pay button or a payment page ends the
 * recipe with a payment {@code handoff}.
 */
public final class RecipeBuilder {

  private static final Pattern PASSWORD =
      Pattern.compile(
          "pass(word|code|phrase)|passwort|mot de passe|contrase[ñn]a|wachtwoord|\\bpin\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern QUANTITY =
      Pattern.compile(
          "quantit|\\bqty\\b|how many|number of|tickets|anzahl|menge|nombre|cantidad",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING = Pattern.compile("[\\s\\p{Pd}\\p{Sc}:·|,(]+$");
  private static final Pattern SMALL_NUMBER = Pattern.compile("[1-9][0-9]?");

  private final URI start;
  private final TypedValues values;
  private final List<RecorderLine.Event> events = new ArrayList<>();

  /** A recording that began at {@code start}, with the profile's {@code values}. */
  public RecipeBuilder(URI start, TypedValues values) {
    this.start = start;
    this.values = values;
  }

  /** Takes the next event; returns whether the recording has reached payment and should end. */
  public boolean add(RecorderLine.Event event) {
    events.add(event);
    if (event instanceof RecorderLine.Look l) {
      return l.look().payment();
    }
    if (event instanceof RecorderLine.Note n) {
      return n.note().cardField();
    }
    if (event instanceof RecorderLine.Action a) {
      RecordedAction action = a.action();
      return (action.text() != null && CardNumbers.containsCardNumber(action.text()))
          || (action.name().equals("click") && paysOnClick(action));
    }
    return false;
  }

  /** The recipe, as YAML text. */
  public String yaml(String when) {
    Draft draft = draft();
    StringBuilder out = new StringBuilder();
    out.append("# Recorded by `errand record ").append(start).append("` on ").append(when);
    out.append(".\n");
    out.append(
        """
        # Check it with `errand validate`, then try it: `errand run FILE`. For a timed sale, add
        # `release:` and split the steps into `arm:` (before the instant, e.g. the goto),
        # `at-release:` (the buy click) and `after:` (the rest), as in recipes/demo-shop.yaml.
        """);
    out.append("apiVersion: errand/v1\n");
    out.append("name: ").append(RecipeYaml.scalar(draft.name)).append('\n');
    out.append("site: ").append(site()).append('\n');
    if (draft.hosts.size() > 1) {
      out.append("allowed-domains: [")
          .append(String.join(", ", draft.hosts.stream().map(RecipeYaml::scalar).toList()))
          .append("]\n");
    }
    if (draft.quantity != null) {
      out.append("quantity: ").append(draft.quantity).append('\n');
    }
    out.append("\nsteps:\n");
    for (String step : draft.steps) {
      out.append(step);
    }
    return out.toString();
  }

  private String site() {
    return start.getScheme() + "://" + start.getRawAuthority() + "/";
  }

  /** What the steps are, worked out from every event at once. */
  private Draft draft() {
    Draft d = new Draft();
    hostOf(start.toString()).ifPresent(d.hosts::add);
    Map<String, PageLook> looks = new HashMap<>();
    List<TargetNote> presses = new ArrayList<>();
    List<TargetNote> focuses = new ArrayList<>();
    List<Paired> actions = new ArrayList<>();
    boolean paymentSeen = false;
    for (RecorderLine.Event e : events) {
      if (e instanceof RecorderLine.Look l) {
        looks.put(page(l.look().url()), l.look());
        if (d.name.isEmpty() && !l.title().isBlank()) {
          d.name = l.title().strip();
        }
        paymentSeen |= l.look().payment();
      } else if (e instanceof RecorderLine.Note n) {
        (n.note().pressed() ? presses : focuses).add(n.note());
      } else if (e instanceof RecorderLine.Navigated n) {
        hostOf(n.url()).ifPresent(d.hosts::add);
      } else if (e instanceof RecorderLine.Action a) {
        if (a.action().url() != null) {
          hostOf(a.action().url()).ifPresent(d.hosts::add);
        }
        TargetNote note =
            pressLike(a.action())
                ? take(presses, a.action(), true)
                : take(focuses, a.action(), !a.action().name().equals("fill"));
        Paired p = new Paired(a.action(), note);
        if (a.update() && !actions.isEmpty() && sameTarget(actions.get(actions.size() - 1), p)) {
          actions.set(actions.size() - 1, p);
        } else {
          actions.add(p);
        }
      }
    }
    if (d.name.isEmpty()) {
      d.name = "Recorded on " + start.getHost();
    }
    walk(d, actions, looks, paymentSeen);
    return d;
  }

  private void walk(Draft d, List<Paired> actions, Map<String, PageLook> looks, boolean payment) {
    String challengeUrl = null;
    String challengeWhat = "";
    for (int i = 0; i < actions.size(); i++) {
      Paired p = actions.get(i);
      RecordedAction a = p.action();
      String on = p.page();
      PageLook look = on == null ? null : looks.get(page(on));
      boolean onChallenge =
          (look != null && look.challenge())
              || frameIsChallenge(p.note())
              || readsAsChallenge(label(a, p.note()));
      if (look != null && look.payment()) {
        break; // the payment page is the person's
      }
      if (onChallenge) {
        if (challengeUrl == null) {
          challengeUrl = on == null ? "" : on;
          challengeWhat = look == null ? "a security check in a frame" : what(look);
        }
        continue;
      }
      if (challengeUrl != null) {
        d.steps.add(challenge(challengeUrl, challengeWhat, on));
        challengeUrl = null;
      }
      if (a.name().equals("navigate")) {
        if (a.url() != null) {
          d.steps.add("  - goto: " + RecipeYaml.scalar(relative(a.url())) + "\n");
        }
        continue;
      }
      Paired option = i + 1 < actions.size() ? actions.get(i + 1) : null;
      Step step;
      if (option != null && focusesForTyping(a, option.action())) {
        continue; // the fill that follows focuses the field itself
      }
      if (option != null && opensList(a) && pickedOption(option.action()).isPresent()) {
        step = dropdown(p, pickedOption(option.action()).get());
        i++;
      } else {
        step = step(d, p);
      }
      if (step.payment) {
        d.steps.add(paymentHandoff(step.comment));
        return;
      }
      if (!step.text.isEmpty()) {
        d.steps.add(step.text);
      }
      // a click that led to a challenge page: the handoff starts there
      for (String to : a.navigatedTo()) {
        PageLook there = looks.get(page(to));
        if (there != null && there.challenge() && challengeUrl == null) {
          challengeUrl = to;
          challengeWhat = what(there);
        }
      }
    }
    if (challengeUrl != null) {
      d.steps.add(challenge(challengeUrl, challengeWhat, null));
    }
    if (payment) {
      d.steps.add(paymentHandoff("The payment page: errand never types card data and never pays."));
    }
  }

  private Step step(Draft d, Paired p) {
    RecordedAction a = p.action();
    TargetNote note = p.note();
    Optional<Locator> target = JsonlLocators.translate(a.locator(), note);
    String label = label(a, note);
    if (target.isEmpty()) {
      return new Step("  # (a " + a.name() + " errand could not locate was left out)\n");
    }
    String loc = RecipeYaml.fields(target.get());
    switch (a.name()) {
      case "click" -> {
        if (paysOnClick(a)) {
          return Step.pay(
              "The recording pressed '" + label + "': that pays, and a person does it.");
        }
        if (OverlayWording.acceptRank(label).isPresent()) {
          return new Step(
              "  # errand closes cookie banners by itself: the click on '"
                  + label
                  + "' is left out.\n");
        }
        if (OverlayWording.closeRank(label).isPresent()) {
          return new Step(
              "  - click: {"
                  + loc
                  + "}\n    optional: true   # a pop-up may not show every time\n");
        }
        return new Step("  - click: {" + loc + "}\n");
      }
      case "check", "uncheck" -> {
        return new Step(
            "  - check: {" + loc + (a.name().equals("uncheck") ? ", checked: false" : "") + "}\n");
      }
      case "fill" -> {
        String text = a.text() == null ? "" : a.text();
        if ((note != null && note.cardField())
            || CardFields.hinted(label)
            || CardNumbers.containsCardNumber(text)) {
          return Step.pay("Card details go in here: errand never types them; a person does.");
        }
        if (text.isEmpty()) {
          return new Step("");
        }
        if ((note != null && note.password()) || PASSWORD.matcher(label).find()) {
          String name = values.secretName(text).orElseGet(this::secretName);
          return new Step(
              "  # A password was typed here; errand never writes it down. Keep it in your profile:\n"
                  + "  # secrets { "
                  + name
                  + " = ${?"
                  + name.toUpperCase(Locale.ROOT).replace('-', '_')
                  + "} }\n"
                  + "  - fill: {"
                  + loc
                  + ", value: "
                  + RecipeYaml.scalar("${secrets." + name + "}")
                  + "}\n");
        }
        return new Step(
            "  - fill: {" + loc + ", value: " + RecipeYaml.scalar(values.template(text)) + "}\n");
      }
      case "select" -> {
        if (a.options().isEmpty()) {
          return new Step("");
        }
        String option = a.options().get(0);
        if (SMALL_NUMBER.matcher(option).matches() && QUANTITY.matcher(label).find()) {
          d.quantity = option;
          option = "${quantity}";
        } else {
          option = values.template(option);
        }
        return new Step("  - select: {" + loc + ", option: " + RecipeYaml.scalar(option) + "}\n");
      }
      case "press" -> {
        String key = a.key() == null ? "" : a.key();
        if (key.isEmpty() || key.equals("Tab") || key.equals("Shift+Tab")) {
          return new Step("");
        }
        return new Step("  - press: {key: " + RecipeYaml.scalar(key) + ", " + loc + "}\n");
      }
      case "assertVisible" -> {
        return new Step("  - wait-for: {visible: {" + loc + "}}\n");
      }
      case "setInputFiles" -> {
        return new Step("  # (a file was chosen here: errand does not upload files)\n");
      }
      default -> {
        return new Step("");
      }
    }
  }

  /** A custom dropdown's choice: the click that opened it and the option's name. */
  private Step dropdown(Paired opener, String option) {
    Optional<Locator> target = JsonlLocators.translate(opener.action().locator(), opener.note());
    if (target.isEmpty()) {
      return new Step("");
    }
    return new Step(
        "  - select: {"
            + RecipeYaml.fields(target.get())
            + ", option: "
            + RecipeYaml.scalar(values.template(option))
            + "}\n");
  }

  private static boolean focusesForTyping(RecordedAction click, RecordedAction next) {
    return click.name().equals("click")
        && (next.name().equals("fill") || next.name().equals("press"))
        && String.valueOf(click.locator()).equals(String.valueOf(next.locator()));
  }

  private static boolean opensList(RecordedAction a) {
    return a.name().equals("click") && lastRole(a).equals("combobox");
  }

  /** The option a click picked in a list, by its name without a trailing price or separator. */
  private static Optional<String> pickedOption(RecordedAction a) {
    if (!a.name().equals("click") || !lastRole(a).equals("option")) {
      return Optional.empty();
    }
    String name = label(a, null);
    String clean = TRAILING.matcher(name).replaceAll("").strip();
    return clean.isEmpty() ? Optional.empty() : Optional.of(clean);
  }

  private static String lastRole(RecordedAction a) {
    String role = "";
    for (var part = a.locator(); part != null && part.isObject(); part = part.get("next")) {
      if (part.path("kind").asText().equals("role")) {
        role = part.path("body").asText();
      }
    }
    return role;
  }

  /** The handoff steps for a challenge met at {@code url} and left for {@code after}. */
  private String challenge(String url, String what, @Nullable String after) {
    String at = path(url);
    StringBuilder s = new StringBuilder();
    s.append("  # A security check (")
        .append(what.replace('\n', ' '))
        .append("): a person solves it, errand never does.\n");
    String next = after == null ? null : path(after);
    if (next != null && !next.equals(at) && !at.equals("/")) {
      s.append("  - wait-for: {url: ")
          .append(RecipeYaml.scalar("/(" + regex(at) + "|" + regex(next) + ")/"))
          .append("}\n");
    }
    s.append("  - handoff:\n");
    s.append("      reason: challenge\n");
    s.append("      message: Solve the security check in the browser window\n");
    if (next != null && !next.equals(at)) {
      s.append("      until: {url: ").append(RecipeYaml.scalar("**" + next)).append("}\n");
    }
    if (!at.isEmpty() && !at.equals("/")) {
      s.append("    when: {url: ").append(RecipeYaml.scalar("**" + at)).append("}\n");
    }
    return s.toString();
  }

  private static String paymentHandoff(String comment) {
    return "  # "
        + comment
        + "\n"
        + "  - handoff:\n"
        + "      reason: payment\n"
        + "      message: Check the order and pay in the browser window\n";
  }

  private static String what(PageLook look) {
    if (look.detections().isEmpty()) {
      return "challenge";
    }
    var d = look.detections().get(0);
    return d.evidence().isBlank() ? d.what() : d.describe();
  }

  private boolean paysOnClick(RecordedAction a) {
    return PayWording.of(label(a, null)) == PayWording.Meaning.COMMITS;
  }

  /** The words the target is known by: its accessible name, label, text or placeholder. */
  private static String label(RecordedAction a, @Nullable TargetNote note) {
    StringBuilder words = new StringBuilder();
    for (var part = a.locator(); part != null && part.isObject(); part = part.get("next")) {
      String kind = part.path("kind").asText();
      if (kind.equals("role") && part.path("options").path("name").isTextual()) {
        words.append(part.path("options").path("name").asText()).append(' ');
      } else if (kind.equals("label") || kind.equals("text") || kind.equals("placeholder")) {
        words.append(part.path("body").asText()).append(' ');
      }
    }
    if (words.length() == 0 && note != null) {
      words.append(note.hints());
    }
    return words.toString().strip();
  }

  /**
   * The note of the element {@code a} acted on: the oldest of {@code notes} that fits it (a press
   * or focus comes before its action, and the recorder may report an action after later presses,
   * once the page it led to has loaded). With {@code consume}, it and the older ones are used up; a
   * fill keeps its focus for the typing that goes on.
   */
  private static @Nullable TargetNote take(
      List<TargetNote> notes, RecordedAction a, boolean consume) {
    String words = label(a, null);
    if (words.isEmpty() && !notes.isEmpty()) {
      // nothing to match by: the latest press or focus
      TargetNote n = notes.get(notes.size() - 1);
      if (consume) {
        notes.clear();
      }
      return suits(n, a) ? n : null;
    }
    for (int i = 0; i < notes.size(); i++) {
      TargetNote n = notes.get(i);
      if (n.fits(words) && suits(n, a)) {
        if (consume) {
          notes.subList(0, i + 1).clear();
        }
        return n;
      }
    }
    return null;
  }

  private static boolean suits(TargetNote n, RecordedAction a) {
    return switch (a.name()) {
      case "fill" -> !Set.of("button", "a", "select").contains(n.tag());
      case "select" -> n.tag().equals("select");
      default -> true;
    };
  }

  private static boolean pressLike(RecordedAction a) {
    return a.name().equals("click") || a.name().equals("check") || a.name().equals("uncheck");
  }

  private static boolean sameTarget(Paired before, Paired now) {
    return before.action().name().equals(now.action().name())
        && String.valueOf(before.action().locator()).equals(String.valueOf(now.action().locator()));
  }

  /** Whether a control's words are a challenge's ("I'm not a robot", "Verify you are human"). */
  private static boolean readsAsChallenge(String words) {
    String w = words.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    if (w.isBlank()) {
      return false;
    }
    for (Signature s : Signatures.ALL) {
      if (s.kind() == dev.errand.browser.Detection.Kind.CHALLENGE
          && s.clue() == Signature.Clue.TEXT
          && w.contains(s.value().toLowerCase(Locale.ROOT).replace('\u2019', '\''))) {
        return true;
      }
    }
    return w.contains("not a robot") || w.contains("i am human") || w.contains("i'm human");
  }

  private static boolean frameIsChallenge(@Nullable TargetNote note) {
    if (note == null || note.frame().isEmpty()) {
      return false;
    }
    for (Signature s : new FrameFacts(note.frame(), "", null).matching(Signatures.onFrames())) {
      if (s.kind() == dev.errand.browser.Detection.Kind.CHALLENGE) {
        return true;
      }
    }
    return false;
  }

  private String secretName() {
    String host = start.getHost() == null ? "" : start.getHost();
    String[] labels = host.split("\\.", -1);
    String word =
        labels.length >= 2 && !host.matches("[0-9.]+") ? labels[labels.length - 2] : "shop";
    return word.replaceAll("[^A-Za-z0-9-]", "").toLowerCase(Locale.ROOT) + "-password";
  }

  /** {@code url} relative to the site when it is on it, else whole. */
  private String relative(String url) {
    URI u = URI.create(url);
    if (u.getRawAuthority() != null
        && u.getRawAuthority().equals(start.getRawAuthority())
        && String.valueOf(u.getScheme()).equals(start.getScheme())) {
      String p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      return u.getRawQuery() == null ? p : p + "?" + u.getRawQuery();
    }
    return url;
  }

  private static String path(String url) {
    try {
      String p = URI.create(url).getRawPath();
      return p == null || p.isEmpty() ? "/" : p;
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }

  /** A page's identity for its scan: the URL without its fragment. */
  private static String page(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  private static Optional<String> hostOf(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null || host.isEmpty() ? Optional.empty() : Optional.of(host);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String regex(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    return p.replaceAll("([\\\\.^$|?*+()\\[\\]{}])", "\\\\$1");
  }

  /** An action and the press or focus that preceded it. */
  private record Paired(RecordedAction action, @Nullable TargetNote note) {
    /** The page the action was on, when known. */
    @Nullable String page() {
      return note == null || note.url().isEmpty() ? null : note.url();
    }
  }

  /** A step's YAML text, or the payment the recording reached instead. */
  private record Step(String text, boolean payment, String comment) {
    Step(String text) {
      this(text, false, "");
    }

    static Step pay(String comment) {
      return new Step("", true, comment);
    }
  }

  private static final class Draft {
    String name = "";
    final Set<String> hosts = new LinkedHashSet<>();
    @Nullable String quantity;
    final List<String> steps = new ArrayList<>();
  }
}
