package dev.errand.cli;

import dev.errand.demo.DemoShopConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How the demo shop behaves under load and what its sale page shows: the options {@code demo-shop}
 * and {@code demo} share. The defaults leave the shop as it always was.
 */
final class ShopModeOptions {

  @Option(
      names = "--render-delay",
      paramLabel = "DURATION",
      defaultValue = "0s",
      description = {
        "Every page takes this long to render (e.g. 60ms) and is dated when done;",
        "HEAD of a page then answers 404 (default: none)."
      })
  String renderDelay;

  @Option(
      names = "--late-commit",
      paramLabel = "DURATION",
      defaultValue = "0s",
      description = {
        "The sale really opens a random delay of up to this long (e.g. 2s, at most 10s)",
        "after the announced instant; until then it reads sold out (\"not on sale yet\" on a",
        "server page) and turns orders away (default: on time)."
      })
  String lateCommit;

  @Option(
      names = "--rate-limit",
      paramLabel = "N",
      defaultValue = "0",
      description = {
        "Page loads per second per client IP; a faster one gets 429 Too Many Requests",
        "and shuts the IP out for 3 s (default: 0, no limit)."
      })
  int rateLimit;

  @Option(
      names = "--sale-page",
      paramLabel = "countdown|form|server|poll",
      defaultValue = "countdown",
      description = {
        "Before the sale the event page shows a countdown and then the buy form by itself",
        "(countdown, the default), or the buy form from the start, turning away early orders",
        "(form), or only when to reload, the buy form coming with a reload after the sale",
        "(server), or no countdown while it asks the shop once a second and shows the buy form",
        "when the sale is on (poll)."
      })
  String salePage;

  @Option(
      names = "--errors",
      paramLabel = "PERCENT",
      defaultValue = "0%",
      description = {
        "This share of page loads fails (e.g. 30%%): 503 Service Unavailable with a front end's",
        "error page, half of them with Retry-After: 2, or 200 with an \"Error 503\" page",
        "(see --errors-as-200). Never static files, the JSON API or a half-done order",
        "(default: none)."
      })
  String errors;

  @Option(
      names = "--errors-as-200",
      paramLabel = "PERCENT",
      description = "Of the failing page loads, the share answered 200 OK (default: one in three).")
  String errorsAs200;

  @Option(
      names = "--drop-connections",
      paramLabel = "PERCENT",
      defaultValue = "0%",
      description =
          "This share of page loads (e.g. 10%%) has its connection closed without an answer"
              + " (default: none).")
  String dropConnections;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = {
        "Seeds which page loads fail or are dropped, and the --late-commit draw: the same seed,",
        "the same faults in the same order (default: fresh each start)."
      })
  Long seed;

  @Option(
      names = "--waiting-room",
      paramLabel = "DURATION",
      defaultValue = "0s",
      description = {
        "A Queue-it-like waiting room in front of the event page and the pages to buying,",
        "open from this long before the sale: each visitor waits this long (e.g. 2m) on a",
        "\"do not refresh\" queue page before going on (default: none)."
      })
  String waitingRoom;

  @Option(
      names = "--consent",
      paramLabel = "demo|onetrust|cookiebot|didomi|none",
      defaultValue = "demo",
      description = {
        "The cookie banner: the demo's own dialog (demo, the default), stand-ins with the",
        "markup of OneTrust, Cookiebot or Didomi, or none."
      })
  String consent;

  @Option(
      names = "--newsletter-popup",
      description =
          "A \"Get 10%% off\" newsletter pop-up covers every page a second after it loads,"
              + " until closed.")
  boolean newsletterPopup;

  @Option(
      names = "--block-after",
      paramLabel = "N",
      defaultValue = "0",
      description = {
        "After N page loads from one client IP, block it as a bot manager would: every page",
        "load gets 403 with an \"Access Denied\" page (default: 0, never)."
      })
  int blockAfter;

  /**
   * {@code config} with these modes.
   *
   * @throws UserError naming every bad option, one line each
   */
  DemoShopConfig applyTo(DemoShopConfig config) {
    List<String> problems = new ArrayList<>();
    Duration render = duration("--render-delay", renderDelay, problems);
    Duration late = duration("--late-commit", lateCommit, problems);
    if (render.compareTo(DemoShopConfig.MAX_RENDER_DELAY) > 0) {
      problems.add("--render-delay must be at most 10s, not '" + renderDelay + "'");
    }
    if (late.compareTo(DemoShopConfig.MAX_LATE_COMMIT) > 0) {
      problems.add("--late-commit must be at most 10s, not '" + lateCommit + "'");
    }
    if (rateLimit < 0 || rateLimit > DemoShopConfig.MAX_RATE_LIMIT) {
      problems.add(
          "--rate-limit must be 0 (off) to "
              + DemoShopConfig.MAX_RATE_LIMIT
              + " page loads per second, not "
              + rateLimit);
    }
    double errorShare = percent("--errors", errors, problems);
    double okShare =
        errorsAs200 == null
            ? config.errorPageShare()
            : percent("--errors-as-200", errorsAs200, problems);
    double dropShare = percent("--drop-connections", dropConnections, problems);
    if (errorShare + dropShare > 1) {
      problems.add("--errors and --drop-connections must add up to at most 100%");
    }
    if (blockAfter < 0) {
      problems.add("--block-after must be 0 (never) or more page loads, not " + blockAfter);
    }
    Duration room = duration("--waiting-room", waitingRoom, problems);
    if (room.compareTo(DemoShopConfig.MAX_WAITING_ROOM) > 0) {
      problems.add("--waiting-room must be at most 2h, not '" + waitingRoom + "'");
    }
    DemoShopConfig.Consent banner = consent(problems);
    DemoShopConfig.SalePage page = DemoShopConfig.SalePage.COUNTDOWN;
    try {
      page = SalePageOption.one(salePage);
    } catch (UserError e) {
      problems.addAll(e.lines().stream().map(line -> line.replaceFirst("^errand: ", "")).toList());
    }
    if (!problems.isEmpty()) {
      throw new UserError(
          ExitCode.BAD_INPUT, problems.stream().map(problem -> "errand: " + problem).toList());
    }
    DemoShopConfig moded =
        config
            .withRenderDelay(render)
            .withLateCommit(late)
            .withRateLimit(rateLimit)
            .withSalePage(page)
            .withErrors(errorShare, okShare)
            .withDroppedConnections(dropShare)
            .withWaitingRoom(room)
            .withConsent(banner)
            .withNewsletterPopup(newsletterPopup)
            .withBlockAfter(blockAfter);
    return seed == null ? moded : moded.withLateCommit(late, seed).withFaultSeed(seed);
  }

  /** The modes that differ from the defaults, in a line; empty when none does. */
  Optional<String> describe(DemoShopConfig config) {
    List<String> parts = new ArrayList<>();
    if (!config.renderDelay().isZero()) {
      parts.add("pages render in " + renderDelay + " (HEAD of a page: 404)");
    }
    if (!config.lateCommit().isZero()) {
      parts.add("the sale opens up to " + lateCommit + " late");
    }
    if (config.rateLimit() > 0) {
      parts.add(
          config.rateLimit()
              + (config.rateLimit() == 1 ? " page load" : " page loads")
              + " per second per IP, then 429 for 3 s");
    }
    if (config.salePage() != DemoShopConfig.SalePage.COUNTDOWN) {
      parts.add("sale page: " + config.salePage().name().toLowerCase(Locale.ROOT));
    }
    if (config.errorShare() > 0) {
      parts.add(
          percentText(config.errorShare())
              + " of page loads fail ("
              + percentText(config.errorPageShare())
              + " of them with 200)");
    }
    if (config.dropShare() > 0) {
      parts.add(percentText(config.dropShare()) + " of page loads dropped");
    }
    if (seed != null && (config.errorShare() > 0 || config.dropShare() > 0)) {
      parts.add("seed " + seed);
    }
    if (!config.waitingRoom().isZero()) {
      parts.add("a waiting room of " + waitingRoom + " per visitor");
    }
    if (config.consent() != DemoShopConfig.Consent.DEMO) {
      parts.add("cookie banner: " + config.consent().name().toLowerCase(Locale.ROOT));
    }
    if (config.newsletterPopup()) {
      parts.add("a newsletter pop-up");
    }
    if (config.blockAfter() > 0) {
      parts.add("every IP blocked (403) after " + config.blockAfter() + " page loads");
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
  }

  /** {@code 30%} or {@code 30} (0 to 100, decimals allowed) as a share 0..1. */
  private static double percent(String option, String text, List<String> problems) {
    String number = text.strip();
    if (number.endsWith("%")) {
      number = number.substring(0, number.length() - 1).strip();
    }
    if (number.matches("[0-9]{1,3}(\\.[0-9]+)?")) {
      double value = Double.parseDouble(number);
      if (value <= 100) {
        return value / 100;
      }
    }
    problems.add(option + " must be a percentage from 0% to 100%, not '" + text + "'");
    return 0;
  }

  private static String percentText(double share) {
    double percent = share * 100;
    return percent == Math.rint(percent)
        ? (long) percent + "%"
        : String.format(Locale.ROOT, "%.1f%%", percent);
  }

  private DemoShopConfig.Consent consent(List<String> problems) {
    for (DemoShopConfig.Consent banner : DemoShopConfig.Consent.values()) {
      if (banner.name().equalsIgnoreCase(consent.strip())) {
        return banner;
      }
    }
    problems.add(
        "--consent must be demo, onetrust, cookiebot, didomi or none, not '" + consent + "'");
    return DemoShopConfig.Consent.DEMO;
  }

  private static Duration duration(String option, String text, List<String> problems) {
    try {
      return DurationOptions.orZero(option, text);
    } catch (UserError e) {
      problems.addAll(e.lines().stream().map(line -> line.replaceFirst("^errand: ", "")).toList());
      return Duration.ZERO;
    }
  }
}
