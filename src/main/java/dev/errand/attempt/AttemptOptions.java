package dev.errand.attempt;

import dev.errand.handoff.RemoteHandoff;
import dev.errand.handoff.page.HandoffPage;
import dev.errand.profile.Profile;
import dev.errand.recipe.Recipe;
import dev.errand.run.HandoffResponder;
import dev.errand.run.RunSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How to run one attempt: the prepared recipe and profile, the browser, who answers handoffs, where
 * the attempt folder goes, when to arm and whether to read the site's clock. Built once, by name,
 * with {@link #of}; what is not set comes from the profile.
 *
 * @param remote opens the browser to the person through remote debugging
 * @param queueTimeout how long errand stays in a waiting room before it gives up
 * @param handoffPage the page the person takes over on from another device, when served
 */
public record AttemptOptions(
    Recipe recipe,
    Profile profile,
    boolean headless,
    String browserSetting,
    Path dataDir,
    HandoffResponder responder,
    Path attemptsRoot,
    Duration lead,
    boolean syncClock,
    Optional<RemoteHandoff> remote,
    Duration queueTimeout,
    Optional<HandoffPage> handoffPage) {

  public AttemptOptions {
    Objects.requireNonNull(recipe, "recipe");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(browserSetting, "browserSetting");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(responder, "responder");
    Objects.requireNonNull(attemptsRoot, "attemptsRoot");
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(queueTimeout, "queueTimeout");
    Objects.requireNonNull(handoffPage, "handoffPage");
  }

  /** Options for {@code prepared}, with the profile's browser, data folder, lead and clock sync. */
  public static Builder of(Preparation.Prepared prepared) {
    return new Builder(prepared.recipe(), prepared.profile());
  }

  /** Sets each option by name; {@link #responder} and {@link #attemptsRoot} have no default. */
  public static final class Builder {
    private final Recipe recipe;
    private final Profile profile;
    private boolean headless;
    private String browserSetting;
    private @Nullable Path dataDir;
    private @Nullable HandoffResponder responder;
    private @Nullable Path attemptsRoot;
    private Duration lead;
    private boolean syncClock;
    private Optional<RemoteHandoff> remote = Optional.empty();
    private Duration queueTimeout = RunSettings.QUEUE_TIMEOUT;
    private Optional<HandoffPage> handoffPage = Optional.empty();

    private Builder(Recipe recipe, Profile profile) {
      this.recipe = recipe;
      this.profile = profile;
      this.browserSetting = profile.browser().executable();
      this.dataDir = profile.browser().dataDir().orElse(null);
      this.lead = profile.lead();
      this.syncClock = profile.syncClock();
    }

    public Builder headless(boolean headless) {
      this.headless = headless;
      return this;
    }

    /** A browser executable or channel; by default the profile's {@code browser.executable}. */
    public Builder browser(String setting) {
      this.browserSetting = setting;
      return this;
    }

    /** The browser's user-data folder; by default the profile's {@code browser.data-dir}. */
    public Builder dataDir(Path dir) {
      this.dataDir = dir;
      return this;
    }

    public Builder responder(HandoffResponder responder) {
      this.responder = responder;
      return this;
    }

    public Builder attemptsRoot(Path root) {
      this.attemptsRoot = root;
      return this;
    }

    /** How long before the release to arm; by default the profile's {@code timing.lead}. */
    public Builder lead(Duration lead) {
      this.lead = lead;
      return this;
    }

    /** Whether to read the site's clock; by default the profile's {@code timing.sync-clock}. */
    public Builder syncClock(boolean sync) {
      this.syncClock = sync;
      return this;
    }

    public Builder remote(Optional<RemoteHandoff> remote) {
      this.remote = remote;
      return this;
    }

    /** How long errand stays in a waiting room; by default {@link RunSettings#QUEUE_TIMEOUT}. */
    public Builder queueTimeout(Duration timeout) {
      this.queueTimeout = timeout;
      return this;
    }

    /** The handoff page the person takes over on, from a phone; by default none. */
    public Builder handoffPage(Optional<HandoffPage> page) {
      this.handoffPage = page;
      return this;
    }

    public AttemptOptions build() {
      return new AttemptOptions(
          recipe,
          profile,
          headless,
          browserSetting,
          // the record requires these, with the same message
          Objects.requireNonNull(dataDir, "dataDir"),
          Objects.requireNonNull(responder, "responder"),
          Objects.requireNonNull(attemptsRoot, "attemptsRoot"),
          lead,
          syncClock,
          remote,
          queueTimeout,
          handoffPage);
    }
  }
}
