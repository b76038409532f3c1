package dev.errand.bench;

import dev.errand.attempt.Attempt;
import dev.errand.attempt.AttemptOptions;
import dev.errand.attempt.AttemptRunner;
import dev.errand.attempt.Bundled;
import dev.errand.attempt.Preparation;
import dev.errand.attempt.TempDirs;
import dev.errand.demo.DemoShop;
import dev.errand.profile.ProfileLoader;
import dev.errand.run.HandoffResponder;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * errand's attempt of a bundled recipe on a demo shop, as the bench runs it: the demo profile,
 * headless, the shop's URL and release instant, the site's clock read, and its browser data and
 * attempt folder inside {@code tmp}.
 */
final class DemoAttempts {

  private final AttemptRunner attempts;
  private final Path workDir;
  private final Path errandHome;
  private final @Nullable String browser;

  /**
   * @param attempts runs errand's attempt, silently
   * @param workDir where the checkout's own recipe and profile win over the bundled copies
   * @param browser the browser setting; null for the profile's
   */
  DemoAttempts(AttemptRunner attempts, Path workDir, Path errandHome, @Nullable String browser) {
    this.attempts = attempts;
    this.workDir = workDir;
    this.errandHome = errandHome;
    this.browser = browser;
  }

  AttemptRunner runner() {
    return attempts;
  }

  /** Runs {@code recipe} (a bundled path) on {@code shop}, handing over to {@code responder}. */
  Attempt run(DemoShop shop, String recipe, HandoffResponder responder, TempDirs tmp) {
    Preparation.Prepared prepared =
        new Preparation(
                new ProfileLoader(
                    Objects.requireNonNull(
                        Bundled.file(
                                workDir, "profiles/" + Bundled.DEMO_PROFILE + ".conf", tmp.path())
                            .getParent(),
                        "a profile file is in a folder"),
                    errandHome))
            .prepare(
                Bundled.file(workDir, recipe, tmp.path()),
                Bundled.DEMO_PROFILE,
                Map.of(),
                Optional.of(shop.url()),
                Optional.of(shop.releaseAt()),
                false);
    return attempts.run(
        AttemptOptions.of(prepared)
            .headless(true)
            .browser(browser != null ? browser : prepared.profile().browser().executable())
            .dataDir(tmp.sub("browser"))
            .responder(responder)
            .attemptsRoot(tmp.sub("attempts"))
            .syncClock(true)
            .build());
  }
}
