package dev.errand.demo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code GET /__demo/log}: the {@link RequestLog} as JSON, for tools outside the JVM. */
final class DemoLogApi implements Route {

  private final RequestLog log;

  DemoLogApi(RequestLog log) {
    this.log = Objects.requireNonNull(log, "log");
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
      entries.add(json);
    }
    ex.json(200, Map.of("entries", entries));
  }
}
