package dev.errand.scaffold;

import dev.errand.browser.PageSketch;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A commented recipe to start from: the header, the cookie wall, {@code arm:} on the page, a
 * release with its window, {@code at-release:} steps and {@code after:} ending in a payment
 * handoff. With a {@link PageSketch} its placeholders are what the page showed (title, buttons and
 * links by role and name, fields by label, the cookie banner); without one, a generic skeleton.
 * Every line it writes as a step parses; what needs the person's eye says {@code TODO}.
 */
public final class ScaffoldText {

  /** Buttons that buy, in the words shops commonly use: the first such is the main button. */
  private static final Pattern BUYS =
      Pattern.compile(
          "(?i).*\\b(add to (basket|cart|bag|trolley)|buy|book|reserve|get tickets|order|purchase"
              + "|checkout|check out|in den warenkorb|ajouter au panier)\\b.*");

  /** Controls that are the page's furniture, never the main button. */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)(accept.*|reject.*|allow.*|agree.*|close|×|x|menu|search|skip to.*|cookie.*|"
              + "settings|manage.*|log ?in|sign ?in|sign ?up|register|home)");

  private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private ScaffoldText() {}

  /**
   * The recipe's text.
   *
   * @param name the recipe's name (and file name)
   * @param url the page the sale happens on
   * @param survey what one look at the page found; empty when it did not answer
   * @param release a placeholder release instant (written with a TODO)
   * @param schemaLine the first line: the editors' {@code yaml-language-server} comment
   */
  public static String write(
      String name,
      URI url,
      Optional<PageSketch> survey,
      OffsetDateTime release,
      String schemaLine) {
    StringBuilder y = new StringBuilder();
    String host = url.getHost();
    String site = url.getScheme() + "://" + url.getRawAuthority() + "/";
    String path =
        (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
            + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
    line(y, schemaLine);
    line(y, "# errand recipe '" + name + "', scaffolded by `errand new` from " + url + ".");
    if (survey.isPresent()) {
      PageSketch s = survey.get();
      line(
          y,
          "# Found on the page: "
              + (s.title().isEmpty() ? "no title" : "\"" + Yaml.comment(s.title()) + "\"")
              + ", "
              + count(s.controls().size(), "button or link", "buttons and links")
              + ", "
              + count(s.fields().size(), "form field", "form fields")
              + (s.cookieBanner().isPresent() ? ", a cookie banner" : "")
              + ".");
    } else {
      line(y, "# The page did not answer: this is the generic skeleton; fill in the TODOs.");
    }
    line(
        y,
        "# Read every TODO, walk the shop once by hand, then: errand validate " + name + ".yaml");
    line(y, "");
    line(y, "apiVersion: errand/v1");
    String title = survey.map(PageSketch::title).filter(t -> !t.isBlank()).orElse(name);
    line(y, "name: " + Yaml.scalar(Yaml.comment(title)));
    line(y, "site: " + site);
    line(
        y,
        "allowed-domains: ["
            + host
            + "]   # TODO: add the hosts the shop sends you to (e.g. .pay.example.com)");
    line(
        y,
        "# When the sale opens, by the site's clock; or a local time: \"2026-12-01 10:00 Europe/London\"");
    line(y, "release: " + ISO.format(release) + "   # TODO: the sale's real opening time");
    line(
        y,
        "# A drop may open a little late: until this long after the instant, \"sold out\" means try again.");
    line(y, "release-window: 10s");
    line(y, "quantity: 1");
    List<PageSketch.Field> selects = new ArrayList<>();
    Map<String, PageSketch.Field> inputs = new LinkedHashMap<>();
    survey.ifPresent(
        s -> {
          for (PageSketch.Field f : s.fields()) {
            if (f.kind().equals("select")) {
              selects.add(f);
              if (FieldValues.of(f).isEmpty()) {
                inputs.putIfAbsent(Yaml.slug(f.label()), f);
              }
            }
          }
        });
    if (!inputs.isEmpty()) {
      line(y, "inputs:   # what you choose on the page; set with -i NAME=VALUE or give a default");
      for (Map.Entry<String, PageSketch.Field> e : inputs.entrySet()) {
        line(
            y,
            "  "
                + e.getKey()
                + ": {description: "
                + Yaml.quoted(Yaml.comment(e.getValue().label()) + ", as the page lists it")
                + "}");
      }
    }
    line(y, "");
    arm(y, path, survey);
    line(y, "");
    atRelease(y, survey, selects);
    line(y, "");
    after(y);
    return y.toString();
  }

  private static void arm(StringBuilder y, String path, Optional<PageSketch> survey) {
    line(y, "# Before the release instant: be on the page, ready. errand closes the usual cookie");
    line(y, "# banners (OneTrust, Cookiebot, Didomi, …) and pop-ups by itself whenever they show.");
    line(y, "arm:");
    line(y, "  - goto: " + Yaml.scalar(path));
    Optional<PageSketch.Banner> banner = survey.flatMap(PageSketch::cookieBanner);
    line(
        y,
        banner
            .map(b -> "  # The cookie wall: " + Yaml.comment(b.what()) + " showed here.")
            .orElse("  # The cookie wall: an optional click on the usual accept buttons."));
    List<String> accepts = new ArrayList<>();
    banner.map(PageSketch.Banner::button).filter(b -> !b.isBlank()).ifPresent(accepts::add);
    for (String usual : List.of("Accept all", "Accept all cookies", "I agree", "Allow all")) {
      if (accepts.stream().noneMatch(a -> a.equalsIgnoreCase(usual))) {
        accepts.add(usual);
      }
    }
    StringBuilder any = new StringBuilder();
    for (String a : accepts) {
      any.append(any.length() == 0 ? "" : ", ").append(button("button", a));
    }
    line(y, "  - click: {any: [" + any + "]}");
    line(y, "    optional: true");
    line(y, "    timeout: 2s");
    Optional<String> heading =
        survey.map(PageSketch::heading).filter(h -> !h.isBlank()).map(Yaml::comment);
    if (heading.isPresent()) {
      line(y, "  - wait-for: {text: " + Yaml.scalar(heading.get()) + "}   # the right page, ready");
    } else {
      line(y, "  # TODO: what shows that this is the right page, e.g.");
      line(y, "  # - wait-for: {visible: {role: heading, name: The event}}");
    }
  }

  private static void atRelease(
      StringBuilder y, Optional<PageSketch> survey, List<PageSketch.Field> selects) {
    line(y, "# At the instant, the critical path. If the page does not open the sale by itself,");
    line(y, "# reload it first (- reload); `errand check` will say which is faster on this shop.");
    line(y, "at-release:");
    List<PageSketch.Control> controls = survey.map(PageSketch::controls).orElse(List.of());
    for (PageSketch.Field f : selects) {
      String option =
          FieldValues.of(f)
              .map(v -> "${" + v + "}")
              .orElse("${inputs." + Yaml.slug(f.label()) + "}");
      // a native <select> by its label; a custom dropdown by its role, as Playwright names it
      String target =
          f.type().startsWith("select")
              ? "label: " + Yaml.scalar(f.label())
              : "role: combobox, name: " + Yaml.scalar(f.label());
      line(y, "  - select: {" + target + ", option: " + Yaml.quoted(option) + "}");
    }
    Optional<PageSketch.Control> main = mainControl(controls, survey);
    if (main.isPresent()) {
      line(
          y,
          "  - click: " + button(main.get().role(), main.get().name()) + "   # found on the page");
    } else {
      line(y, "  - click: {role: button, name: Buy}   # TODO: the buy button's words on the page");
    }
    List<PageSketch.Control> others = new ArrayList<>();
    for (PageSketch.Control c : controls) {
      if (!main.equals(Optional.of(c)) && !FURNITURE.matcher(c.name().strip()).matches()) {
        others.add(c);
      }
    }
    if (!others.isEmpty()) {
      line(y, "  # Other controls on the page, ready to use:");
      for (PageSketch.Control c : others) {
        line(y, "  # - click: " + button(c.role(), c.name()));
      }
    }
    List<String> fieldLines = new ArrayList<>();
    for (PageSketch.Field f : survey.map(PageSketch::fields).orElse(List.of())) {
      fieldLines.addAll(fieldLine(f));
    }
    if (!fieldLines.isEmpty()) {
      line(y, "  # Other fields on the page (fill only what the purchase needs):");
      fieldLines.forEach(l -> line(y, "  # " + l));
    }
  }

  private static List<String> fieldLine(PageSketch.Field f) {
    String label = Yaml.scalar(f.label());
    Optional<String> known = FieldValues.of(f);
    return switch (f.kind()) {
      case "select" -> List.of();
      case "check" -> List.of("- check: {label: " + label + "}");
      case "password" ->
          List.of(
              "- fill: {label: "
                  + label
                  + ", value: \"${secrets.password}\"}   (add the secret to your profile)");
      default ->
          List.of(
              "- fill: {label: "
                  + label
                  + ", value: "
                  + Yaml.quoted(known.map(v -> "${" + v + "}").orElse("…"))
                  + "}");
    };
  }

  private static void after(StringBuilder y) {
    line(y, "# After the buy: the basket, the checkout, your details from your profile. Walk the");
    line(y, "# shop once by hand and write what you click in the words on the screen, e.g.");
    line(y, "after:");
    line(y, "  # TODO: the steps from the basket to the payment page, e.g.");
    line(y, "  # - click: {role: link, name: Checkout}");
    line(y, "  # - fill: {label: Full name, value: \"${profile.name}\"}");
    line(y, "  # - fill: {label: Email, value: \"${profile.email}\"}");
    line(y, "  # - fill: {label: County, value: \"${profile.address.region}\"}");
    line(y, "  # - select: {label: Country, option: \"${profile.address.country-name}\"}");
    line(y, "  # - click: {role: button, name: Continue to payment}");
    line(y, "  # Payment is yours: errand never types card data and never presses Pay.");
    line(y, "  - handoff:");
    line(y, "      reason: payment");
    line(y, "      message: Check the order and pay in the browser window");
    line(y, "      until: {text: Thank you}   # TODO: the words the shop shows once you have paid");
  }

  /** The page's main button: one that buys, else the first of its own content's. */
  private static Optional<PageSketch.Control> mainControl(
      List<PageSketch.Control> controls, Optional<PageSketch> survey) {
    String accept =
        survey.flatMap(PageSketch::cookieBanner).map(PageSketch.Banner::button).orElse("");
    List<PageSketch.Control> candidates = new ArrayList<>();
    for (PageSketch.Control c : controls) {
      if (!c.name().equalsIgnoreCase(accept) && !FURNITURE.matcher(c.name().strip()).matches()) {
        candidates.add(c);
      }
    }
    return candidates.stream()
        .filter(c -> c.role().equals("button") && BUYS.matcher(c.name()).matches())
        .findFirst()
        .or(() -> candidates.stream().filter(c -> BUYS.matcher(c.name()).matches()).findFirst())
        .or(() -> candidates.stream().filter(c -> c.role().equals("button")).findFirst());
  }

  private static String button(String role, String name) {
    return "{role: " + role + ", name: " + Yaml.scalar(name) + "}";
  }

  private static String count(int n, String one, String many) {
    return n == 0 ? "no " + many : n + " " + (n == 1 ? one : many);
  }

  private static void line(StringBuilder y, String text) {
    y.append(text).append('\n');
  }
}
