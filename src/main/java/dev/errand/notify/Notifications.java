package dev.errand.notify;

import dev.errand.profile.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The channels a profile asks for, as this system offers them, sent in parallel so a slow webhook
 * never delays the others (or errand).
 */
public final class Notifications {

  private static final ExecutorService SENDERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "errand-notify");
            t.setDaemon(true);
            return t;
          });

  private final List<Notifier> channels;
  private final List<String> absent;

  Notifications(List<Notifier> channels, List<String> absent) {
    this.channels = List.copyOf(channels);
    this.absent = List.copyOf(absent);
  }

  /** The profile's channels (besides the terminal, which the console handles). */
  public static Notifications from(
      Profile.Notify settings, String osName, Map<String, String> env, boolean display) {
    List<Notifier> channels = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    if (settings.desktop()) {
      SystemNotifiers.desktop(osName, env, display)
          .ifPresentOrElse(
              channels::add, () -> absent.add("desktop: this system offers none here"));
    }
    if (settings.sound()) {
      SystemNotifiers.sound(osName, env)
          .ifPresentOrElse(channels::add, () -> absent.add("sound: no player found"));
    }
    for (Profile.Webhook w : settings.webhooks()) {
      WebhookPreset preset =
          w.preset().isEmpty()
              ? WebhookPreset.guess(w.url().toString())
              : WebhookPreset.of(w.preset()).orElse(WebhookPreset.JSON);
      channels.add(new WebhookNotifier(w.url(), preset));
    }
    return new Notifications(channels, absent);
  }

  public List<Notifier> channels() {
    return channels;
  }

  /** Channels asked for that this system can't offer, each with why. */
  public List<String> absent() {
    return absent;
  }

  /** One future per channel, each completing with its delivery. */
  public List<CompletableFuture<Delivery>> send(Notification n) {
    return channels.stream()
        .map(c -> CompletableFuture.supplyAsync(() -> c.send(n), SENDERS))
        .collect(Collectors.toList());
  }
}
