package dev.errand.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** POSTs the notification to a webhook. Its name shows the host only: paths hold tokens. */
public final class WebhookNotifier implements Notifier {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final URI url;
  private final WebhookPreset preset;
  private final HttpClient client;

  public WebhookNotifier(URI url, WebhookPreset preset) {
    this.url = url;
    this.preset = preset;
    this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  @Override
  public String name() {
    return "webhook " + preset.id() + " (" + url.getScheme() + "://" + url.getHost() + ")";
  }

  @Override
  public Delivery send(Notification n) {
    long t0 = System.nanoTime();
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .header("Content-Type", preset.contentType())
            .POST(HttpRequest.BodyPublishers.ofString(preset.body(n)));
    preset.headers(n).forEach(request::header);
    try {
      HttpResponse<Void> response =
          client.send(request.build(), HttpResponse.BodyHandlers.discarding());
      boolean ok = response.statusCode() / 100 == 2;
      return new Delivery(name(), ok, "HTTP " + response.statusCode(), took(t0));
    } catch (IOException e) {
      return new Delivery(name(), false, "could not send: " + e.getMessage(), took(t0));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Delivery(name(), false, "interrupted", took(t0));
    }
  }

  private static Duration took(long t0) {
    return Duration.ofNanos(System.nanoTime() - t0);
  }
}
