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
        "The sale really opens a random delay of up to this long (e.g. 100ms, at most 10s)",
        "after the announced instant (default: on time)."
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
      paramLabel = "countdown|form|server",
      defaultValue = "countdown",
      description = {
        "Before the sale the event page shows a countdown and then the buy form by itself",
        "(countdown, the default), or the buy form from the start, turning away early orders",
        "(form), or only when to reload, the buy form coming with a reload after the sale",
        "(server)."
      })
  String salePage;

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
    return config
        .withRenderDelay(render)
        .withLateCommit(late)
        .withRateLimit(rateLimit)
        .withSalePage(page);
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
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
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
