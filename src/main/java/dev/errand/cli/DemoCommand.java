package dev.errand.cli;

import dev.errand.browser.Display;
import dev.errand.browser.pw.PlaywrightLauncher;
import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.handoff.ByReason;
import dev.errand.handoff.DemoStandIn;
import dev.errand.handoff.PersonInput;
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
 * strikes at the instant, fills the forms, hands over at the security check, and stops at payment
 * without paying.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Run recipes/demo-shop.yaml against the embedded demo shop, whose sale opens shortly.",
      "errand stops at payment and pays nothing."
    })
final class DemoCommand implements Callable<Integer> {

  static final String RECIPE = "recipes/demo-shop.yaml";
  static final String PROFILE = "example";

  @Mixin CommonOptions common;

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

  @Option(names = "--headless", description = "No browser window, even with a display.")
  boolean headless;

  @Option(
      names = "--browser",
      paramLabel = "PATH|CHANNEL",
      description = "Browser executable or channel (chrome, msedge, chromium).")
  String browser;

  private final Env env;

  DemoCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    Duration opensIn = DurationOptions.parse("--release-in", releaseIn);
    Clock clock = Clock.systemUTC();
    try (TempDirs tmp = new TempDirs("errand-demo-");
        DemoShop shop =
            DemoShop.start(
                DemoShopConfig.opensIn(opensIn).withSkew(DurationOptions.signed("--skew", skew)))) {
      console.info(
          console.bold("demo shop ")
              + shop.url()
              + console.dim(
                  "  · sale opens in "
                      + opensIn.toSeconds()
                      + " s · rival buyers start soon after"));
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
      boolean headlessRun = headless || !Display.present(env.vars, System.getProperty("os.name"));
      AttemptRunner.Attempt attempt =
          new AttemptRunner(new PlaywrightLauncher(), console, clock)
              .run(
                  new AttemptRunner.Setup(
                      prepared.recipe(),
                      prepared.profile(),
                      headlessRun,
                      browser != null ? browser : prepared.profile().browser().executable(),
                      tmp.sub("browser"),
                      responder(shop, headlessRun, clock),
                      env.workDir.resolve(prepared.profile().attemptsDir()),
                      prepared.profile().lead(),
                      true));
      int payments = shop.payments().size();
      Outcome outcome = attempt.result().outcome();
      console.always(
          console.dim(
              "the demo shop received "
                  + payments
                  + " payment"
                  + (payments == 1 ? "" : "s")
                  + (outcome == Outcome.REACHED_PAYMENT
                      ? ": errand reached payment and left paying to a person."
                      : ".")));
      return outcome == Outcome.REACHED_PAYMENT ? ExitCode.OK : RunCommand.exitCode(outcome);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the demo shop: " + e.getMessage(), e);
    }
  }

  /** The profiles folder holding {@code example.conf}: the user's, else the bundled copy. */
  private Path profilesDir(TempDirs tmp) {
    Path own = env.profilesDir();
    if (Files.isRegularFile(own.resolve(PROFILE + ".conf"))) {
      return own;
    }
    return Bundled.file(env.workDir, "profiles/" + PROFILE + ".conf", tmp.path()).getParent();
  }

  private HandoffResponder responder(DemoShop shop, boolean headlessRun, Clock clock) {
    StopHere atPayment =
        new StopHere(
            "errand stops at payment and never pays: on a real run, you pay in the browser window.");
    StopHere nobody =
        new StopHere("no display, so nobody can take over here; the demo ends at this handoff.");
    HandoffResponder person =
        headlessRun ? nobody : new TerminalHandoff(PersonInput.reading(env.in), clock);
    String origin = shop.url().toString();
    return new ByReason(person)
        .on(HandoffReason.CHALLENGE, headlessRun ? new DemoStandIn(origin, nobody) : person)
        .on(HandoffReason.PAYMENT, atPayment);
  }
}
