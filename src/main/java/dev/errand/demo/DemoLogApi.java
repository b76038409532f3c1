package dev.errand.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /__demo/log}: the {@link RequestLog} as JSON, for tools outside the JVM: {@code
 * entries}, the rate limit's {@code rateLimitViolations} and {@code rateLimited} counts, the
 * failing pages' {@code serviceUnavailable}, {@code errorPagesWith200}, {@code droppedConnections}
 * and {@code errorRetryAfterViolations}, and the waiting room's {@code queueEntries}, {@code
 * queuePasses} and {@code reloadsWhileQueued} (each as the {@link DemoShop} method of that name),
 * the most page loads within any one second, {@code densestSecondPageLoads} ({@link PageLoadRate}),
 * and the bot block's {@code blockedPageLoads} (page loads answered 403 "Access Denied"). Each
 * entry says whether it was answered with the front end's {@code errorPage}.
 */
final class DemoLogApi implements Route {

  private final RequestLog log;
  private final RateLimiter limiter;
  private final PageFaults faults;
  private final WaitingRoom room;
  private final BotBlock block;

  DemoLogApi(
      RequestLog log, RateLimiter limiter, PageFaults faults, WaitingRoom room, BotBlock block) {
    this.block = Objects.requireNonNull(block, "block");
    this.log = Objects.requireNonNull(log, "log");
    this.limiter = Objects.requireNonNull(limiter, "limiter");
    this.faults = Objects.requireNonNull(faults, "faults");
    this.room = Objects.requireNonNull(room, "room");
  }

  @Override
  public void handle(ShopExchange ex) throws IOException {
    List<Map<String, Object>> entries = new ArrayList<>();
    for (RequestLog.Entry entry : log.entries()) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("receivedAt", entry.receivedAt().toString());
      json.put("receivedNanos", entry.receivedNanos());
      json.put("method", entry.method());
      json.put("path", entry.path());
      json.put("status", entry.status());
      json.put("session", entry.session());
      json.put("shopTime", entry.shopTime().toString());
      json.put("fetchDest", entry.fetchDest().orElse(null));
      json.put("errorPage", entry.errorPage());
      entries.add(json);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("entries", entries);
    body.put("rateLimitViolations", limiter.violations());
    body.put("rateLimited", limiter.refused());
    body.put("serviceUnavailable", faults.unavailable());
    body.put("errorPagesWith200", faults.okErrorPages());
    body.put("droppedConnections", faults.dropped());
    body.put("errorRetryAfterViolations", faults.retryAfterViolations());
    body.put("queueEntries", room.entered());
    body.put("queuePasses", room.passes());
    body.put("reloadsWhileQueued", room.reloadsWhileQueued());
    body.put("densestSecondPageLoads", PageLoadRate.densestSecond(log.entries()));
    body.put("blockedPageLoads", block.blocked());
    ex.json(200, body);
  }
}
