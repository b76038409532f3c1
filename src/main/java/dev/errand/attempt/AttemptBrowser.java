package dev.errand.attempt;

import dev.errand.browser.BrowserLauncher;
import dev.errand.browser.BrowserSession;
import dev.errand.browser.BrowserUnavailableException;
import dev.errand.browser.LaunchSpec;
import dev.errand.browser.ProfileInUseException;
import dev.errand.handoff.RemoteHandoff;
import dev.errand.polite.RequestBudget;
import dev.errand.run.Outcome;
import dev.errand.run.RunResult;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The attempt's browser session: launched with the profile's arguments (and remote debugging when
 * the person takes over that way), opened to the person, closed at the end or at a signal. The one
 * place that starts a browser for an attempt. A browser that cannot start, or a remote-debugging
 * port that does not open, ends the attempt with a {@code failed} outcome before anything happens.
 */
final class AttemptBrowser implements AutoCloseable {

  /** How long errand allows Chromium to say which port it opened for remote debugging. */
  static final Duration REMOTE_PORT_WAIT = Duration.ofSeconds(3);

  private final BrowserLauncher launcher;
  private final AttemptOptions setup;
  private volatile @Nullable BrowserSession session;
  private Optional<URI> devtools = Optional.empty();

  AttemptBrowser(BrowserLauncher launcher, AttemptOptions setup) {
    this.launcher = launcher;
    this.setup = setup;
  }

  /** Launches the browser; its page loads take turns in {@code budget}. */
  BrowserSession open(RequestBudget budget, AttemptEnding ending, AttemptJournal journal) {
    BrowserSession opened = launch(budget, ending, journal);
    session = opened;
    devtools = remoteDebugging(ending, journal);
    journal.browser(opened.info(), devtools);
    return opened;
  }

  /** Where the person can take the browser over through remote debugging, if they can. */
  Optional<URI> devtools() {
    return devtools;
  }

  private BrowserSession launch(
      RequestBudget budget, AttemptEnding ending, AttemptJournal journal) {
    List<String> args = new ArrayList<>(setup.profile().browser().args());
    if (setup.remote().isPresent()) {
      RemoteHandoff remote = setup.remote().get();
      Optional<String> taken = remote.taken();
      if (taken.isPresent()) {
        ending.failed(journal, RunResult.of(Outcome.FAILED, "no remote handoff: " + taken.get()));
        throw new AttemptException(AttemptException.Kind.NO_BROWSER, taken.get());
      }
      remote.forgetStale(setup.dataDir());
      args.addAll(remote.chromiumArgs());
    }
    try {
      return launcher.launch(
          new LaunchSpec(setup.browserSetting(), setup.headless(), setup.dataDir(), args, budget));
    } catch (BrowserUnavailableException e) {
      String why = e instanceof ProfileInUseException ? "profile in use: " : "no browser: ";
      ending.failed(journal, RunResult.of(Outcome.FAILED, why + e.getMessage()));
      throw e;
    }
  }

  /**
   * Where the person can take the browser over through remote debugging, when the setup asks for
   * it. A port that did not open ends the run before anything happens: nobody could take over.
   */
  private Optional<URI> remoteDebugging(AttemptEnding ending, AttemptJournal journal) {
    if (setup.remote().isEmpty()) {
      return Optional.empty();
    }
    RemoteHandoff remote = setup.remote().get();
    Optional<URI> opened;
    try {
      opened = remote.opened(setup.dataDir(), REMOTE_PORT_WAIT);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      opened = Optional.empty();
    }
    if (opened.isEmpty()) {
      ending.failed(
          journal, RunResult.of(Outcome.FAILED, "no remote handoff: " + remote.notOpened()));
      throw new AttemptException(AttemptException.Kind.NO_BROWSER, remote.notOpened());
    }
    return opened;
  }

  @Override
  public void close() {
    BrowserSession s = session;
    if (s != null) {
      s.close();
    }
  }
}
