package dev.errand.timing.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Probes a site over HTTP/1.1 with one reused {@link HttpClient}, so every probe after the first
 * travels the same kept-alive connection. Sends {@code HEAD}; if the site refuses it (405 or 501),
 * switches for good to a small {@code GET} ({@code Range: bytes=0-0}, body discarded). Redirects
 * are not followed: a redirect's {@code Date} is as good as any.
 */
final class HttpProbe implements Probe {

  private final Duration timeout;
  private final LongSupplier nanoTime;
  private final HttpClient client;
  private String method = "HEAD";

  HttpProbe(Duration timeout, LongSupplier nanoTime) {
    this.timeout = timeout;
    this.nanoTime = nanoTime;
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
  }

  @Override
  public ProbeReply send(URI target) throws IOException, InterruptedException {
    ProbeReply reply = once(target, method);
    if (method.equals("HEAD") && (reply.status() == 405 || reply.status() == 501)) {
      method = "GET";
      reply = once(target, method);
    }
    return reply;
  }

  private ProbeReply once(URI target, String requestMethod)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .method(requestMethod, HttpRequest.BodyPublishers.noBody())
            .timeout(timeout)
            .header("Cache-Control", "no-cache");
    if (requestMethod.equals("GET")) {
      request.header("Range", "bytes=0-0");
    }
    AtomicLong headersAt = new AtomicLong(Long.MIN_VALUE);
    long sent = nanoTime.getAsLong();
    HttpResponse<Void> response =
        client.send(
            request.build(),
            info -> {
              headersAt.set(nanoTime.getAsLong());
              return HttpResponse.BodySubscribers.discarding();
            });
    long received = headersAt.get() == Long.MIN_VALUE ? nanoTime.getAsLong() : headersAt.get();
    return new ProbeReply(requestMethod, response.statusCode(), response.headers(), sent, received);
  }
}
