package dev.errand.timing.sync;

import dev.errand.timing.Sleeper;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A site on a fake clock: its clock runs {@code offset} ahead of the local one (several offsets
 * take turns, like servers behind a load balancer). Each request takes half a round trip (plus
 * jitter) each way; the site stamps its answer on arrival, or after its own work on the path (a
 * slow server-side render) when it has some. It may refuse requests (429, 503).
 */
final class FakeSite implements Probe {

  static final Instant ANCHOR = Instant.parse("2026-03-01T09:59:58.123456789Z");
  static final long ANCHOR_NANO_TIME = 7_000_000_000L;

  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  final AtomicLong nanoTime = new AtomicLong(ANCHOR_NANO_TIME);
  final List<Long> sentAt = new ArrayList<>();
  private final long[] offsets;
  private final Random random = new Random(42);
  private long upNanos = 200_000;
  private long downNanos = 200_000;
  private long jitterNanos = 50_000;
  private boolean sendsDate = true;
  private boolean sendsTimer;
  private String method = "HEAD";
  private IntFunction<Map<String, String>> extraHeaders = n -> Map.of();
  private IntFunction<IOException> failure = n -> null;
  private int requests;
  private int busyRequests;
  private long busyExtraNanos;
  private java.util.function.Function<String, Duration> work = path -> Duration.ZERO;
  private IntFunction<Integer> status = n -> 200;
  final List<String> paths = new ArrayList<>();

  FakeSite(Duration... offsets) {
    this.offsets = new long[offsets.length];
    for (int i = 0; i < offsets.length; i++) {
      this.offsets[i] = offsets[i].toNanos();
    }
  }

  /** One-way delays (site stamps after {@code up}) and uniform jitter added to each. */
  FakeSite trip(Duration up, Duration down, Duration jitter) {
    upNanos = up.toNanos();
    downNanos = down.toNanos();
    jitterNanos = jitter.toNanos();
    return this;
  }

  /**
   * The first {@code requests} requests (the warm-up included) take {@code extra} longer each way:
   * a machine busy starting a browser while the sync begins.
   */
  FakeSite busyFor(int requests, Duration extra) {
    busyRequests = requests;
    busyExtraNanos = extra.toNanos();
    return this;
  }

  /**
   * The site works {@code work.apply(path)} on each request after it arrives and stamps {@code
   * Date} at the end of that work, as a server that writes its headers after rendering.
   */
  FakeSite working(java.util.function.Function<String, Duration> perPath) {
    work = perPath;
    return this;
  }

  /** The status of request {@code n} (0 = warm-up); e.g. 429 with a Retry-After header. */
  FakeSite status(IntFunction<Integer> perRequest) {
    status = perRequest;
    return this;
  }

  FakeSite withoutDate() {
    sendsDate = false;
    return this;
  }

  /** Sends Fastly's {@code X-Timer} with microseconds. */
  FakeSite withTimer() {
    sendsTimer = true;
    return this;
  }

  FakeSite answeringWith(String requestMethod) {
    method = requestMethod;
    return this;
  }

  /**
   * Headers for request {@code n} (0 = warm-up); may override {@code Date}, or remove it with "".
   */
  FakeSite headers(IntFunction<Map<String, String>> perRequest) {
    extraHeaders = perRequest;
    return this;
  }

  /** Makes request {@code n} fail with the exception returned (null: answer normally). */
  FakeSite failing(IntFunction<IOException> perRequest) {
    failure = perRequest;
    return this;
  }

  int requests() {
    return requests;
  }

  LocalTimeline timeline() {
    return new LocalTimeline(ANCHOR, ANCHOR_NANO_TIME, nanoTime::get);
  }

  Sleeper sleeper() {
    return deadline -> nanoTime.accumulateAndGet(deadline, Math::max);
  }

  ClockSync sync(ClockSync.Options options) {
    return sync(options, budget());
  }

  ClockSync sync(ClockSync.Options options, dev.errand.polite.RequestBudget budget) {
    return new ClockSync(
        java.net.URI.create("https://shop.example/"), this, timeline(), sleeper(), options, budget);
  }

  /** A request budget on this site's fake time, without jitter. */
  dev.errand.polite.RequestBudget budget() {
    return new dev.errand.polite.RequestBudget(
        nanoTime::get, new dev.errand.polite.Backoff(() -> 0.0));
  }

  @Override
  public ProbeReply send(java.net.URI target) throws IOException {
    int n = requests++;
    long sent = nanoTime.get();
    sentAt.add(sent);
    String path = target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    paths.add(path);
    IOException failed = failure.apply(n);
    if (failed != null) {
      nanoTime.addAndGet(upNanos);
      throw failed;
    }
    long busy = n < busyRequests ? busyExtraNanos + jitter() * 100 : 0;
    nanoTime.addAndGet(upNanos + jitter() + busy);
    nanoTime.addAndGet(work.apply(path).toNanos());
    long siteEpochNanos = timeline().epochNanos(nanoTime.get()) + offsets[n % offsets.length];
    Map<String, String> headers = new LinkedHashMap<>();
    if (sendsDate) {
      headers.put("Date", HTTP_DATE.format(LocalTimeline.toInstant(siteEpochNanos)));
    }
    if (sendsTimer) {
      long micros = Math.floorDiv(siteEpochNanos, 1_000L);
      headers.put(
          "X-Timer",
          String.format(Locale.ROOT, "S%d.%06d,VS0,VE1", micros / 1_000_000L, micros % 1_000_000L));
    }
    headers.putAll(extraHeaders.apply(n));
    headers.values().removeIf(String::isEmpty);
    nanoTime.addAndGet(downNanos + jitter() + busy);
    Map<String, List<String>> map = new LinkedHashMap<>();
    headers.forEach((k, v) -> map.put(k, List.of(v)));
    return new ProbeReply(
        method, status.apply(n), HttpHeaders.of(map, (k, v) -> true), sent, nanoTime.get());
  }

  /** A {@code Date} value for the site clock {@code ago} before now (for stale cached answers). */
  String dateAgo(Duration ago) {
    long siteNow = timeline().epochNanos(nanoTime.get()) + offsets[0];
    return HTTP_DATE.format(LocalTimeline.toInstant(siteNow).minus(ago));
  }

  private long jitter() {
    return jitterNanos == 0 ? 0 : (long) (random.nextDouble() * jitterNanos);
  }
}
