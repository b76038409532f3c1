package dev.errand.cli;

import dev.errand.browser.Display;
import dev.errand.browser.pw.PlaywrightLauncher;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.DemoShopConfig.CardEntry;
import dev.errand.handoff.ByReason;
import dev.errand.handoff.DemoPaymentGuide;
import dev.errand.handoff.DemoStandIn;
import dev.errand.handoff.PersonInput;
import dev.errand.handoff.RemoteHandoff;
import dev.errand.handoff.StopHere;
import dev.errand.handoff.TerminalHandoff;
import dev.errand.profile.ProfileLoader;
import dev.errand.recipe.HandoffReason;
import dev.errand.run.HandoffResponder;
import dev.errand.run.Outcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
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
      "errand itself never pays. With nobody to take over (no display and no",
      "--remote-handoff), a stand-in ticks the demo's own check and the demo stops",
      "at payment."
    })
final class DemoCommand implements Callable<Integer> {

  static final String RECIPE = "recipes/demo-shop.yaml";
  static final String PROFILE = "example";

  @Mixin CommonOptions common;

  @Mixin BrowserOptions browserOptions;

  @Mixin ShopModeOptions modes;

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
  Path recipe;

  @Option(
      names = "--card-entry",
      paramLabel = "FRAME|PAGE|SAVED",
      defaultValue = "FRAME",
      hidden = true,
      description =
          "How the demo shop's payment page takes the card: fields in a provider's frame, fields"
              + " in the page, or a saved card and a Pay button with no fields at all.")
  CardEntry cardEntry;

  private final Env env;

  DemoCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    Duration opensIn = DurationOptions.parse("--release-in", releaseIn);
    Clock clock = Clock.systemUTC();
    DemoShopConfig config =
        modes.applyTo(
            DemoShopConfig.opensIn(opensIn)
                .withSkew(DurationOptions.signed("--skew", skew))
                .withCardEntry(cardEntry));
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
      Optional<RemoteHandoff> remote = browserOptions.remote(prepared.profile());
      boolean headlessRun =
          browserOptions.headless || !Display.present(env.vars, System.getProperty("os.name"));
      boolean person = !headlessRun || remote.isPresent();
      AttemptRunner.Attempt attempt =
          new AttemptRunner(new PlaywrightLauncher(), console, clock, env.pacing)
              .run(
                  new AttemptRunner.Setup(
                      prepared.recipe(),
                      prepared.profile(),
                      headlessRun,
                      browserOptions.browserSetting(prepared.profile()),
                      tmp.sub("browser"),
                      person ? personAt(shop, headlessRun, clock) : standIn(shop),
                      env.workDir.resolve(prepared.profile().attemptsDir()),
                      prepared.profile().lead(),
                      true,
                      remote));
      Outcome outcome = attempt.result().outcome();
      console.always(console.dim(paymentsLine(shop.payments().size(), outcome, person)));
      if (config.rateLimit() > 0) {
        console.always(
            console.dim(
                rateLimitLine(config.rateLimit(), shop.rateLimited(), shop.rateLimitViolations())));
      }
      return outcome == Outcome.REACHED_PAYMENT ? ExitCode.OK : RunCommand.exitCode(outcome);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the demo shop: " + e.getMessage(), e);
    }
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

  /** The profiles folder holding {@code example.conf}: the user's, else the bundled copy. */
  private Path profilesDir(TempDirs tmp) {
    Path own = env.profilesDir();
    if (Files.isRegularFile(own.resolve(PROFILE + ".conf"))) {
      return own;
    }
    return Bundled.file(env.workDir, "profiles/" + PROFILE + ".conf", tmp.path()).getParent();
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

  /**
   * A person answers every handoff, in the window or through remote debugging; at payment the demo
   * shop takes a test card, so they may pay and see the run through to purchased, or press Enter to
   * end there.
   */
  private HandoffResponder personAt(DemoShop shop, boolean headlessRun, Clock clock) {
    HandoffResponder person =
        new TerminalHandoff(
            PersonInput.reading(env.in),
            clock,
            headlessRun ? TerminalHandoff.REMOTELY : TerminalHandoff.IN_THE_WINDOW);
    return new ByReason(person)
        .on(HandoffReason.PAYMENT, new DemoPaymentGuide(shop.url().toString(), person));
  }

  /** Nobody can take over: a stand-in ticks the demo's own check, and the demo ends at payment. */
  private static HandoffResponder standIn(DemoShop shop) {
    StopHere atPayment =
        new StopHere(
            "errand stops at payment and never pays: on a real run, you pay in the browser window.");
    StopHere nobody =
        new StopHere("no display, so nobody can take over here; the demo ends at this handoff.");
    return new ByReason(nobody)
        .on(HandoffReason.CHALLENGE, new DemoStandIn(shop.url().toString(), nobody))
        .on(HandoffReason.PAYMENT, atPayment);
  }
}
