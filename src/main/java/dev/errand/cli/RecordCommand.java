package dev.errand.cli;

import dev.errand.browser.Display;
import dev.errand.browser.discovery.BrowserFinder;
import dev.errand.browser.discovery.FoundBrowser;
import dev.errand.browser.pw.RecorderProcess;
import dev.errand.profile.Profile;
import dev.errand.profile.ProfileException;
import dev.errand.profile.ProfileLoader;
import dev.errand.record.RecipeBuilder;
import dev.errand.record.RecordingLoop;
import dev.errand.record.TypedValues;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code errand record URL}: a person clicks through a purchase once in a visible browser, and
 * errand writes the recipe (see {@link RecipeBuilder}).
 */
@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Write a recipe by doing the purchase once. A browser window opens on URL: click",
      "through to payment as you would. errand writes each step in the words on the",
      "screen (role and name, label, text; a CSS fallback), your profile's details as",
      "$${profile.…}, a typed password as $${secrets.…}, and never card data. It stops",
      "at the payment page with a payment handoff (or when you close the window or",
      "press Enter) and writes the recipe to --out."
    })
final class RecordCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Parameters(
      index = "0",
      paramLabel = "URL",
      description = "Where the purchase starts, e.g. https://tickets.example.com/events/42")
  URI url;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the recipe (default: recorded.yaml); never overwritten.")
  @Nullable Path out;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description =
          "Whose details to write as $${profile.…} (default: $ERRAND_PROFILE, else example).")
  @Nullable String profile;

  @Option(
      names = "--browser",
      paramLabel = "PATH|CHANNEL",
      description = "Browser executable or channel (default: the profile's).")
  @Nullable String browser;

  @Option(
      names = "--remote-debugging-port",
      hidden = true,
      defaultValue = "0",
      description = "Open Chrome remote debugging on 127.0.0.1 at this port (for tests).")
  int debugPort;

  private final Env env;

  RecordCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws InterruptedException, IOException {
    Console console = env.console(common);
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if ((!scheme.equals("http") && !scheme.equals("https")) || url.getHost() == null) {
      throw new UserError(ExitCode.BAD_INPUT, "'" + url + "' is not an http(s) URL");
    }
    Path file = env.workDir.resolve(out == null ? Path.of("recorded.yaml") : out);
    if (Files.exists(file)) {
      throw new UserError(
          ExitCode.BAD_INPUT,
          file + " already exists: give another --out (errand never overwrites)");
    }
    String os = System.getProperty("os.name", "");
    if (!Display.present(env.vars, os)) {
      throw new UserError(
          ExitCode.NO_BROWSER,
          "errand record needs a display for its browser window ("
              + Display.describe(env.vars, os)
              + ")");
    }
    Profile p = profile(console);
    String setting = browser != null ? browser : p == null ? null : p.browser().executable();
    FoundBrowser found = BrowserFinder.system().find(setting).orElseThrow();
    RecipeBuilder builder =
        new RecipeBuilder(
            url,
            p == null
                ? new TypedValues(Map.of(), Map.of())
                : new TypedValues(p.person(), p.secrets()));
    AtomicBoolean enter = new AtomicBoolean();
    Thread keys = new Thread(() -> watchEnter(enter), "errand-record-enter");
    keys.setDaemon(true);
    keys.start();
    console.info("recording " + url + " in a new browser window (" + found.description() + ")");
    console.info(
        console.dim(
            "errand stops at the payment page; close the window or press Enter to stop earlier"));
    RecordingLoop.Result result;
    try (RecorderProcess recorder =
        RecorderProcess.start(
            found, url, p == null ? List.of() : p.browser().args(), debugPort, display())) {
      result =
          RecordingLoop.standard()
              .run(
                  new RecordingLoop.Source() {
                    @Override
                    public java.util.Optional<String> next(java.time.Duration wait)
                        throws InterruptedException {
                      return recorder.next(wait);
                    }

                    @Override
                    public void stop() {
                      recorder.stop();
                    }
                  },
                  builder,
                  enter::get,
                  line -> console.info("  " + line));
      if (result.ending() == RecordingLoop.Ending.FAILED) {
        List<String> errors = recorder.errors();
        throw new UserError(
            ExitCode.NO_BROWSER,
            "the recording browser failed: "
                + result.failure()
                + (errors.isEmpty() || !common.debug ? "" : "\n" + String.join("\n", errors)));
      }
    }
    String yaml = builder.yaml(LocalDate.now(java.time.ZoneId.systemDefault()).toString());
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    console.info("wrote " + env.workDir.relativize(file.toAbsolutePath()));
    console.info(console.dim("next: errand validate " + file.getFileName() + ", then errand run"));
    return ExitCode.OK;
  }

  /** The profile; without {@code --profile}, a profile that does not load is only a warning. */
  private @Nullable Profile profile(Console console) {
    String name = Profiles.name(env, profile);
    try {
      return new ProfileLoader(env.profilesDir(), env.errandHome()).load(name);
    } catch (ProfileException e) {
      if (profile != null) {
        throw e;
      }
      console.warn(
          "profile '"
              + name
              + "' not loaded, so typed details stay as typed (no ${profile.…}): "
              + e.problems().get(0));
      return null;
    }
  }

  private Map<String, String> display() {
    Map<String, String> d = new HashMap<>();
    for (String name : List.of("DISPLAY", "WAYLAND_DISPLAY", "XAUTHORITY")) {
      String v = env.vars.get(name);
      if (v != null && !v.isBlank()) {
        d.put(name, v);
      }
    }
    return d;
  }

  private void watchEnter(AtomicBoolean enter) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(env.in, StandardCharsets.UTF_8))) {
      if (r.readLine() != null) {
        enter.set(true);
      }
    } catch (IOException e) {
      // no terminal: the window or the payment page ends the recording
    }
  }
}
