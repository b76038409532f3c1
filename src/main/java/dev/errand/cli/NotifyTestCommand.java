package dev.errand.cli;

import dev.errand.browser.Display;
import dev.errand.notify.Delivery;
import dev.errand.notify.Notification;
import dev.errand.notify.Notifications;
import dev.errand.profile.Profile;
import dev.errand.profile.ProfileLoader;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code errand notify-test}: a test through every configured channel, and how each went. */
@Command(
    name = "notify-test",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description =
        "Send a test notification through every channel the profile configures; report each.")
final class NotifyTestCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(
      names = "--profile",
      paramLabel = "NAME",
      description = "Profile (default: $ERRAND_PROFILE, else your only own profile, else example).")
  @Nullable String profile;

  private final Env env;

  NotifyTestCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Console console = env.console(common);
    Profile p =
        new ProfileLoader(env.profilesDir(), env.errandHome()).load(Profiles.name(env, profile));
    return send(env, console, p);
  }

  /**
   * Sends the test through every channel {@code p} configures and prints how each went; {@link
   * ExitCode#RUN_FAILED} when one failed. Also used by {@code errand check --notify}.
   */
  static int send(Env env, Console console, Profile p) {
    String os = System.getProperty("os.name");
    Notifications notifications =
        Notifications.from(p.notifications(), os, env.vars, Display.present(env.vars, os));
    Notification test =
        new Notification(
            "test",
            "https://errand.example/",
            "https://errand.example/checkout",
            "This is a test from errand notify-test: at a real handoff you would act now",
            Optional.of("10:00"),
            "notify-test");
    if (p.notifications().terminalBell()) {
      console.bell();
    }
    console.always(
        console.green("✓ ")
            + String.format("%-34s", "terminal")
            + (p.notifications().terminalBell() ? "banner and bell" : "banner (bell off)"));
    List<Delivery> deliveries =
        notifications.send(test).stream().map(CompletableFuture::join).collect(Collectors.toList());
    int failed = 0;
    for (Delivery d : deliveries) {
      if (!d.ok()) {
        failed++;
      }
      console.always(
          (d.ok() ? console.green("✓ ") : console.red("✗ "))
              + String.format("%-34s", d.channel())
              + d.detail()
              + console.dim(String.format("  %d ms", d.took().toMillis())));
    }
    for (String why : notifications.absent()) {
      console.always(console.dim("– " + why));
    }
    if (notifications.channels().isEmpty()) {
      console.info(
          console.dim(
              "no webhooks configured: add notify.webhooks to the profile to be called on your phone"));
    }
    return failed == 0 ? ExitCode.OK : ExitCode.RUN_FAILED;
  }
}
