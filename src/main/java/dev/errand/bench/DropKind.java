package dev.errand.bench;

import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.DemoShopConfig.SalePage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What kind of sale a drop is: the sale page its shop shows before the sale, and the
 * overloaded-shop mode it runs in, if any. Each kind gets its own table and targets.
 */
public enum DropKind {
  /** The buy form is there before the sale; the shop turns early orders away. */
  FORM(SalePage.FORM),
  /** A countdown; when it ends the page fetches and shows the buy form itself. */
  COUNTDOWN(SalePage.COUNTDOWN),
  /** Rendered by the server only: a reload at the instant brings the buy form. */
  SERVER(SalePage.SERVER),
  /** The form page of a shop whose every page takes {@link #RENDER_DELAY} to render. */
  SLOW(SalePage.FORM),
  /** The form page of a shop whose sale really opens up to {@link #LATE_COMMIT} late. */
  LATE(SalePage.FORM),
  /** The form page of a shop admitting {@link #RATE_LIMIT} page load a second per IP. */
  LIMITED(SalePage.FORM);

  /** The {@link #SLOW} shop's render delay. */
  public static final Duration RENDER_DELAY = Duration.ofMillis(60);

  /** The most the {@link #LATE} shop's sale opens after its announced instant. */
  public static final Duration LATE_COMMIT = Duration.ofMillis(100);

  /** The {@link #LIMITED} shop's page loads a second per IP. */
  public static final int RATE_LIMIT = 1;

  /** The kinds a bench runs when told none: today's two sale pages. */
  public static final List<DropKind> DEFAULT = List.of(COUNTDOWN, FORM);

  private final SalePage page;

  DropKind(SalePage page) {
    this.page = page;
  }

  /** The sale page the shop shows. */
  public SalePage page() {
    return page;
  }

  /** The name on the command line, in tables and in JSON: {@code form}, {@code slow}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@code base} with this kind's sale page and shop mode. */
  public DemoShopConfig shop(DemoShopConfig base) {
    DemoShopConfig config = base.withSalePage(page);
    return switch (this) {
      case FORM, COUNTDOWN, SERVER -> config;
      case SLOW -> config.withRenderDelay(RENDER_DELAY);
      case LATE -> config.withLateCommit(LATE_COMMIT);
      case LIMITED -> config.withRateLimit(RATE_LIMIT);
    };
  }

  /** What the shop does before and at the sale, in a line. */
  public String describe() {
    return switch (this) {
      case FORM -> "the buy form is there before the sale; the shop turns early orders away";
      case COUNTDOWN -> "a countdown; when it ends the page fetches and shows the buy form itself";
      case SERVER -> "rendered by the server only; a reload at the instant brings the buy form";
      case SLOW ->
          "the form page; every page takes "
              + Figures.ms(RENDER_DELAY)
              + " to render and is dated after it";
      case LATE ->
          "the form page; the sale really opens up to "
              + Figures.ms(LATE_COMMIT)
              + " after the announced instant (403 until then)";
      case LIMITED ->
          "the form page; "
              + RATE_LIMIT
              + " page load a second per IP, beyond it 429 and Retry-After: 3";
    };
  }

  /** Every kind's {@link #id()}, comma-separated, for messages. */
  public static String ids() {
    return Arrays.stream(values()).map(DropKind::id).collect(Collectors.joining(", "));
  }

  /**
   * The kinds in {@code list} ({@code server,limited}; any case, blanks around names ignored), in
   * that order, each once.
   *
   * @throws IllegalArgumentException naming every unknown kind and listing the known ones
   */
  public static List<DropKind> parse(String list) {
    List<DropKind> kinds = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String part : list.split(",", -1)) {
      String name = part.strip();
      DropKind kind =
          Arrays.stream(values())
              .filter(k -> k.id().equalsIgnoreCase(name))
              .findFirst()
              .orElse(null);
      if (kind == null) {
        unknown.add("'" + name + "'");
      } else if (!kinds.contains(kind)) {
        kinds.add(kind);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown kind " + String.join(", ", unknown) + "; the kinds are " + ids());
    }
    return List.copyOf(kinds);
  }
}
