package dev.errand.attempt;

import dev.errand.browser.BrowserGoneException;
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
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
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
  private @Nullable LiveSession live;
  private volatile boolean closed;
  private Optional<URI> devtools = Optional.empty();

  AttemptBrowser(BrowserLauncher launcher, AttemptOptions setup) {
    this.launcher = launcher;
    this.setup = setup;
  }

  /**
   * Launches the browser; its page loads take turns in {@code budget}. The session returned follows
   * a browser started again after a crash ({@link #relaunch}).
   */
  BrowserSession open(
      RequestBudget budget, AttemptEnding ending, AttemptJournal journal, LongSupplier nanoTime) {
    BrowserSession opened = launch(budget, ending, journal);
    session = opened;
    devtools = remoteDebugging(ending, journal);
    journal.browser(opened.info(), devtools);
    LiveSession l = new LiveSession(opened, nanoTime);
    live = l;
    return l;
  }

  /**
   * Starts a new browser in place of the one that is gone, with the same profile directory (a lock
   * the dead browser left is stale and Chromium takes it over) and the same arguments, and gives it
   * the cookies the dead one was last seen with. Returns how long the browser has been gone.
   *
   * @throws BrowserGoneException when no new browser starts
   */
  Optional<Duration> relaunch(RequestBudget budget) {
    LiveSession l = Objects.requireNonNull(live, "the browser was opened");
    if (closed) {
      return Optional.empty();
    }
    l.current().close();
    List<String> args = new ArrayList<>(setup.profile().browser().args());
    setup
        .remote()
        .ifPresent(
            remote -> {
              remote.forgetStale(setup.dataDir());
              args.addAll(remote.chromiumArgs());
            });
    BrowserSession next;
    try {
      next =
          launcher.launch(
              new LaunchSpec(
                  setup.browserSetting(), setup.headless(), setup.dataDir(), args, budget));
    } catch (BrowserUnavailableException e) {
      throw new BrowserGoneException("the browser would not start again: " + e.getMessage(), e);
    }
    Duration gone = l.livePage().goneFor();
    synchronized (this) {
      if (closed) {
        // errand is stopping (Ctrl-C) while the new browser started: it is not left running
        next.close();
        return Optional.empty();
      }
      session = next;
      l.swap(next);
    }
    if (setup.remote().isPresent()) {
      try {
        devtools = setup.remote().get().opened(setup.dataDir(), REMOTE_PORT_WAIT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return Optional.of(gone);
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
    BrowserSession s;
    synchronized (this) {
      closed = true;
      s = session;
    }
    if (s != null) {
      s.close();
    }
  }
}
