package dev.errand.attempt;

import dev.errand.browser.BrowserLauncher;
import dev.errand.notify.Notifications;
import dev.errand.profile.Profile;
import dev.errand.run.RunListener;
import dev.errand.timing.LongWait;
import dev.errand.timing.SiteClock;
import dev.errand.timing.Sleeper;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * What an attempt takes from the world, given rather than reached for: the wall clock and a
 * monotonic one, a sleeper, the environment variables and system name, the browser launcher,
 * notifications, and where the person is told what happens. Tests give fakes for all of them.
 *
 * @param version errand's version, recorded in the journal
 */
public record AttemptServices(
    Clock clock,
    LongSupplier nanoTime,
    Sleeper sleeper,
    Map<String, String> env,
    String osName,
    BrowserLauncher launcher,
    NotifierFactory notifiers,
    Narration narration,
    RunView view,
    String version) {

  /** The notification channels for a profile's settings. */
  public interface NotifierFactory {
    /**
     * The channels that tell the person of a handoff.
     *
     * @param visibleBrowser whether the browser has a window on this machine
     */
    Notifications create(Profile.Notify settings, boolean visibleBrowser);
  }

  /** The listener that shows the run to the person (the CLI's console), made for each attempt. */
  public interface RunView {
    /**
     * The listener for one attempt.
     *
     * @param bell whether the profile rings the terminal bell at a handoff
     * @param siteClock the clock errand acts by
     * @param takeOver where the person takes over a browser without a window, or empty
     */
    RunListener listener(boolean bell, SiteClock siteClock, Optional<String> takeOver);
  }

  public AttemptServices {
    env = Map.copyOf(env);
  }

  /** This machine's clocks and sleep, notifications through {@code env}, and the given rest. */
  public static AttemptServices system(
      Map<String, String> env,
      BrowserLauncher launcher,
      Narration narration,
      RunView view,
      String version) {
    String os = System.getProperty("os.name");
    return new AttemptServices(
        Clock.systemUTC(),
        System::nanoTime,
        Sleeper.coarse(System::nanoTime),
        env,
        os,
        launcher,
        (settings, visible) -> Notifications.from(settings, os, env, visible),
        narration,
        view,
        version);
  }

  /** A long wait by these clocks and this sleeper. */
  LongWait longWait() {
    return new LongWait(clock, nanoTime, sleeper);
  }
}
