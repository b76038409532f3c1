package dev.errand.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errand.text.Json;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The body and headers a webhook expects: errand's own JSON, an ntfy topic (plain text with a
 * title, priority and a link to click), or Slack and Discord incoming webhooks.
 */
public enum WebhookPreset {
  JSON("json"),
  NTFY("ntfy"),
  SLACK("slack"),
  DISCORD("discord");

  private static final ObjectMapper JSON_MAPPER = Json.mapper();

  private final String id;

  WebhookPreset(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(WebhookPreset::id).collect(Collectors.toList());
  }

  public static Optional<WebhookPreset> of(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(p -> p.id.equals(wanted)).findFirst();
  }

  /** The preset a URL suggests when none is given: Slack, Discord or ntfy by host, else JSON. */
  public static WebhookPreset guess(String url) {
    String host = Notification.host(url).toLowerCase(Locale.ROOT);
    if (host.equals("hooks.slack.com")) {
      return SLACK;
    }
    if (host.endsWith("discord.com") || host.endsWith("discordapp.com")) {
      return DISCORD;
    }
    if (host.equals("ntfy.sh") || host.startsWith("ntfy.")) {
      return NTFY;
    }
    return JSON;
  }

  public String contentType() {
    return this == NTFY ? "text/plain; charset=utf-8" : "application/json";
  }

  /** Extra headers (ntfy reads its title, priority, tags and click link from headers). */
  public Map<String, String> headers(Notification n) {
    if (this != NTFY) {
      return Map.of();
    }
    return Map.of(
        "Title",
        ascii(n.title()),
        "Priority",
        "urgent",
        "Tags",
        n.reason().equals("payment") ? "credit_card" : "warning",
        "Click",
        n.link().orElse(n.pageUrl()));
  }

  public String body(Notification n) {
    switch (this) {
      case NTFY:
        return n.body();
      case SLACK:
        return object("text", "*" + n.title() + "*\n" + n.body());
      case DISCORD:
        return object("content", "**" + n.title() + "**\n" + n.body());
      case JSON:
      default:
        ObjectNode o = JSON_MAPPER.createObjectNode();
        o.put("event", "handoff");
        o.put("reason", n.reason());
        o.put("title", n.title());
        o.put("message", n.message());
        o.put("site", n.site());
        o.put("url", n.pageUrl());
        n.holdTime().ifPresent(h -> o.put("holdTime", h));
        n.takeOver().ifPresent(t -> o.put("takeOver", t));
        n.link().ifPresent(l -> o.put("handoffPage", l));
        o.put("attempt", n.attempt());
        return o.toString();
    }
  }

  private static String object(String key, String text) {
    ObjectNode o = JSON_MAPPER.createObjectNode();
    o.put(key, text);
    return o.toString();
  }

  /** HTTP header values must be ASCII: keep what is, replace the rest. */
  private static String ascii(String s) {
    return s.replaceAll("[^\\x20-\\x7E]", "-");
  }
}
