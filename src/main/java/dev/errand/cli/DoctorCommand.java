package dev.errand.cli;

import dev.errand.browser.BrowserUnavailableException;
import dev.errand.browser.Display;
import dev.errand.browser.discovery.BrowserFinder;
import dev.errand.browser.discovery.FoundBrowser;
import dev.errand.browser.pw.PlaywrightLauncher;
import dev.errand.profile.Profile;
import dev.errand.profile.ProfileException;
import dev.errand.profile.ProfileLoader;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code errand doctor}: is this machine ready? Java, browser, display, config paths. */
@Command(
    name = "doctor",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Check this machine: Java, the browser errand would use and its version, display, paths.")
final class DoctorCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(
      names = "--browser",
      paramLabel = "PATH|CHANNEL",
      description = "Check this browser instead of the profile's or the one errand finds.")
  @Nullable String browser;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description =
          "Profile to check (default: $ERRAND_PROFILE, else your only own profile, else example).")
  @Nullable String profile;

  private final Env env;

  DoctorCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    String os = System.getProperty("os.name");
    int problems = 0;
    line(console, true, "errand", Version.errand());
    line(
        console,
        Runtime.version().feature() >= 17,
        "java",
        System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + "), "
            + os
            + " "
            + System.getProperty("os.arch"));

    Optional<Profile> p = profile(console);
    String setting = browser != null ? browser : p.map(x -> x.browser().executable()).orElse("");
    try {
      BrowserFinder.Result result = BrowserFinder.system().find(setting);
      if (result.found().isPresent()) {
        FoundBrowser found = result.found().get();
        String version =
            found.kind() == FoundBrowser.Kind.BUNDLED
                ? "Playwright's own Chromium (downloaded on first use; needs internet)"
                : PlaywrightLauncher.probeVersion(found).orElse("version unknown");
        line(console, true, "browser", found.description() + " · " + version);
      } else {
        problems++;
        line(console, false, "browser", "none found");
        result.orElseThrow();
      }
      console.detail("           looked in: " + String.join(", ", result.looked()));
    } catch (BrowserUnavailableException e) {
      console.error("errand: " + e.getMessage());
      return ExitCode.NO_BROWSER;
    }

    line(console, true, "display", Display.describe(env.vars, os));
    ProfileLoader loader = new ProfileLoader(env.profilesDir(), env.errandHome());
    List<String> available = loader.available();
    line(
        console,
        !available.isEmpty(),
        "profiles",
        env.profilesDir()
            + (available.isEmpty()
                ? " (none: copy profiles/example.conf)"
                : " · " + String.join(", ", available)));
    p.ifPresent(
        x -> {
          line(
              console,
              true,
              "data",
              x.browser().dataDir().map(Object::toString).orElse("-")
                  + " (browser data of profile "
                  + x.name()
                  + ")");
          line(console, true, "attempts", env.workDir.resolve(x.attemptsDir()).toString());
        });
    return problems == 0 ? ExitCode.OK : ExitCode.NO_BROWSER;
  }

  private Optional<Profile> profile(Console console) {
    String name = Profiles.name(env, profile);
    try {
      return Optional.of(new ProfileLoader(env.profilesDir(), env.errandHome()).load(name));
    } catch (ProfileException e) {
      line(console, false, "profile", e.problems().get(0));
      return Optional.empty();
    }
  }

  private static void line(Console console, boolean ok, String what, String detail) {
    console.always(
        (ok ? console.green("✓ ") : console.red("✗ "))
            + String.format("%-9s", what)
            + " "
            + detail);
  }
}
