package dev.errand.cli;

import dev.errand.attempt.Attempt;
import dev.errand.attempt.AttemptOptions;
import dev.errand.attempt.Bundled;
import dev.errand.attempt.Handover;
import dev.errand.attempt.Preparation;
import dev.errand.attempt.Responders;
import dev.errand.attempt.TempDirs;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.DemoShopConfig.CardEntry;
import dev.errand.profile.ProfileLoader;
import dev.errand.run.HandoffResponder;
import dev.errand.run.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code errand demo}: the whole job on the embedded demo shop. A sale opens shortly; errand arms,
 * strikes at the instant, fills the forms and hands over at the security check and at payment,
 * where the person may pay with the demo's test card. errand never pays; without a person it stops
 * at payment.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Run recipes/demo-shop.yaml against the embedded demo shop; its sale opens soon.",
      "You take over at the security check and at payment, where the demo shop takes",
      "a test card (4242 4242 4242 4242): pay to see the run through to purchased.",
      "errand itself never pays. Without a display, take over from your phone with",
      "--handoff-page, or through --remote-handoff; with neither, a stand-in ticks the",
      "demo's own check and the demo stops at payment."
    })
final class DemoCommand implements Callable<Integer> {

  static final String RECIPE = Bundled.DEMO_RECIPE;
  static final String PROFILE = Bundled.DEMO_PROFILE;

  @Mixin CommonOptions common;

  @Mixin BrowserOptions browserOptions;

  @Mixin QueueOptions queue;

  @Mixin ShopModeOptions modes;

  @Mixin HandoffPages handoffPages;

  @Option(
      names = "--release-in",
      paramLabel = "DURATION",
      defaultValue = "15s",
      description = "When the demo sale opens (default: ${DEFAULT-VALUE}).")
  String releaseIn;

  @Option(
      names = "--skew",
      paramLabel = "DURATION",
      defaultValue = "0s",
      description =
          "Run the shop's clock this far ahead (2.5s) or behind (-1s): errand acts by the shop's.")
  String skew;

  @Option(
      names = "--recipe",
      paramLabel = "FILE",
      description = "Run this recipe against the demo shop instead of recipes/demo-shop.yaml.")
  @Nullable Path recipe;

  @Option(
      names = "--card-entry",
      paramLabel = "FRAME|PAGE|SAVED|ON_DELIVERY",
      defaultValue = "FRAME",
      hidden = true,
      description =
          "How the demo shop's payment page takes the card: fields in a provider's frame, fields"
              + " in the page, a saved card and a Pay button with no fields at all, or cash on"
              + " delivery: a Place order button alone.")
  CardEntry cardEntry;

  @Option(
      names = "--no-rivals",
      hidden = true,
      description = "No rival buyers: the stock lasts however long errand takes (for tests).")
  boolean noRivals;

  private final Env env;

  DemoCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    Duration opensIn = DurationOptions.parse("--release-in", releaseIn);
    Duration queueTimeout = queue.queueTimeout();
    Clock clock = Clock.systemUTC();
    DemoShopConfig config =
        modes.applyTo(
            DemoShopConfig.opensIn(opensIn)
                .withSkew(DurationOptions.signed("--skew", skew))
                .withCardEntry(cardEntry));
    if (noRivals) {
      config = config.withoutRivals();
    } else if (!config.waitingRoom().isZero()) {
      // the rival buyers queue too: they start buying once the room lets them through
      config =
          config.withRivals(
              config.rivalDelay().plus(config.waitingRoom()), config.rivalTicketsPerSecond());
    }
    try (TempDirs tmp = new TempDirs("errand-demo-");
        DemoShop shop = DemoShop.start(config)) {
      console.info(
          console.bold("demo shop ")
              + shop.url()
              + console.dim(
                  "  · sale opens in "
                      + opensIn.toSeconds()
                      + " s · rival buyers start soon after"));
      modes.describe(config).ifPresent(line -> console.info(console.dim(line)));
      Preparation.Prepared prepared =
          new Preparation(new ProfileLoader(profilesDir(tmp), env.errandHome()))
              .prepare(
                  recipe != null
                      ? env.workDir.resolve(recipe)
                      : Bundled.file(env.workDir, RECIPE, tmp.path()),
                  PROFILE,
                  Map.of(),
                  Optional.of(shop.url()),
                  Optional.of(shop.releaseAt()),
                  false);
      Handover handover =
          new Handover(
              env.headless(browserOptions, prepared.profile()),
              browserOptions.remote(prepared.profile()),
              handoffPages.page(prepared.profile(), false));
      boolean headless = handover.headless().on();
      Attempt attempt =
          env.attempts(console)
              .run(
                  AttemptOptions.of(prepared)
                      .headless(headless)
                      .browser(browserOptions.browserSetting(prepared.profile()))
                      .dataDir(tmp.sub("browser"))
                      .responder(responder(handover, shop, clock))
                      .attemptsRoot(env.workDir.resolve(prepared.profile().attemptsDir()))
                      .syncClock(true)
                      .remote(handover.remote())
                      .handoffPage(handover.page())
                      .queueTimeout(queueTimeout)
                      .build());
      Outcome outcome = attempt.result().outcome();
      console.always(
          console.dim(paymentsLine(shop.payments().size(), outcome, !handover.nobody())));
      if (config.rateLimit() > 0) {
        console.always(
            console.dim(
                rateLimitLine(config.rateLimit(), shop.rateLimited(), shop.rateLimitViolations())));
      }
      if (!config.waitingRoom().isZero()) {
        console.always(
            console.dim(
                waitingRoomLine(
                    shop.queueEntries(), shop.queuePasses(), shop.reloadsWhileQueued())));
      }
      if (config.errorShare() > 0 || config.dropShare() > 0) {
        console.always(
            console.dim(
                "the demo shop failed "
                    + shop.serviceUnavailable()
                    + " page loads with 503, "
                    + shop.errorPagesWith200()
                    + " with a 200 error page, dropped "
                    + shop.droppedConnections()
                    + ", and counted "
                    + shop.errorRetryAfterViolations()
                    + " Retry-After violations"));
      }
      if (config.blockAfter() > 0) {
        console.always(
            console.dim(
                "the demo shop's bot block answered "
                    + shop.blockedPageLoads()
                    + " page loads with 403 Access Denied"));
      }
      return ExitCode.of(outcome);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the demo shop: " + e.getMessage(), e);
    }
  }

  /**
   * Who takes over on the demo shop: the person on the handoff page when it is served, else the
   * person in the browser (its window, or remote debugging), else the demo-only stand-in.
   */
  private HandoffResponder responder(Handover handover, DemoShop shop, Clock clock) {
    if (handover.page().isPresent()) {
      return Responders.demoOnPage(shop.url(), env.in, clock, handover.page().get());
    }
    return handover.nobody()
        ? Responders.demoStandIn(shop.url())
        : Responders.demoPerson(shop.url(), env.in, clock, handover.headless().on());
  }

  /** What the demo shop's rate limit saw: errand is polite when it refused nothing. */
  static String rateLimitLine(int perSecond, int refused, int violations) {
    return "the demo shop's rate limit ("
        + perSecond
        + " page load"
        + (perSecond == 1 ? "" : "s")
        + " a second) refused "
        + refused
        + " and counted "
        + violations
        + " violation"
        + (violations == 1 ? "" : "s")
        + " (requests too fast, or inside a Retry-After window)";
  }

  /** What the demo shop's waiting room saw: errand stays put when it counted no reload. */
  static String waitingRoomLine(int entered, int passed, int reloads) {
    return "the demo shop's waiting room took in "
        + entered
        + " and let through "
        + passed
        + " visitor"
        + (passed == 1 ? "" : "s")
        + ", and counted "
        + reloads
        + " reload"
        + (reloads == 1 ? "" : "s")
        + " while queued";
  }

  /** The profiles folder holding {@code example.conf}: the user's, else the bundled copy. */
  private Path profilesDir(TempDirs tmp) {
    Path own = env.profilesDir();
    if (Files.isRegularFile(own.resolve(PROFILE + ".conf"))) {
      return own;
    }
    // a file under profiles/ is in that folder
    return Objects.requireNonNull(
        Bundled.file(env.workDir, "profiles/" + PROFILE + ".conf", tmp.path()).getParent(),
        "the profiles folder");
  }

  /**
   * What the demo shop's payments say at the end. errand never pays, so with a person at the wheel
   * a payment is theirs; without one there is none.
   */
  static String paymentsLine(int payments, Outcome outcome, boolean person) {
    String whose;
    if (payments == 0 && outcome == Outcome.REACHED_PAYMENT) {
      whose = ": errand reached payment and left paying to a person.";
    } else if (payments > 0 && person) {
      whose = ": the person's, made in the browser (errand never pays).";
    } else {
      whose = ".";
    }
    return "the demo shop received " + payments + " payment" + (payments == 1 ? "" : "s") + whose;
  }
}
