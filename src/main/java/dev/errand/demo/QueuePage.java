package dev.errand.demo;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link WaitingRoom}'s pages, marked up like Queue-it's: {@code GET /queue?target=PATH} ("You
 * are now in line", "Please do not refresh this page", the number in line in {@code
 * #MainPart_lbQueueNumber}, those ahead in {@code #MainPart_lbUsersInLineAheadOfYou}, the estimated
 * wait in {@code #MainPart_lbWhichIsIn}, a progress bar) and {@code GET
 * /__queue/status?target=PATH}, the JSON its script polls every {@link #POLL} or sooner near the
 * turn. When the turn has come, the status carries {@code redirectUrl}, the target with a {@code
 * queueittoken}, and sets the pass cookie; the script goes there.
 */
final class QueuePage {

  /** How often the page asks for its place at most. */
  static final Duration POLL = Duration.ofSeconds(3);

  private final WaitingRoom room;

  QueuePage(WaitingRoom room) {
    this.room = Objects.requireNonNull(room, "room");
  }

  /** {@code GET /queue}: the page; loading it again while waiting is a reload while queued. */
  void show(ShopExchange ex) throws IOException {
    Instant now = ex.shopTime();
    String target = target(ex);
    WaitingRoom.Visitor visitor = room.arrive(ex.session(), now, ex.method().equals("GET"));
    boolean through = room.passIfDue(visitor, ex);
    Map<String, String> values = new HashMap<>();
    values.put("number", Integer.toString(visitor.number));
    values.put("ahead", Long.toString(room.ahead(visitor, now)));
    values.put("wait", estimatedWait(room.left(visitor, now)));
    values.put("percent", Long.toString(Math.round(room.progress(visitor, now) * 100)));
    values.put("updated", Times.utcClock(now));
    values.put("target", target);
    values.put("statusPath", WaitingRoom.STATUS_PATH);
    values.put("through", Boolean.toString(through));
    values.put("pollMillis", Long.toString(POLL.toMillis()));
    values.put("leftMillis", Long.toString(room.left(visitor, now).toMillis()));
    values.put("js", Resources.text("queue.js"));
    ex.html(200, Resources.template("queue.html").render(values));
  }

  /** {@code GET /__queue/status}: the session's place as JSON; never counted as a reload. */
  void status(ShopExchange ex) throws IOException {
    Instant now = ex.shopTime();
    WaitingRoom.Visitor visitor = room.arrive(ex.session(), now, false);
    boolean through = room.passIfDue(visitor, ex);
    Duration left = room.left(visitor, now);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("queueNumber", visitor.number);
    body.put("usersAhead", room.ahead(visitor, now));
    body.put("expectedWaitSeconds", (left.toMillis() + 999) / 1000);
    body.put("estimatedWait", estimatedWait(left));
    body.put("progress", room.progress(visitor, now));
    body.put("through", through);
    String target = target(ex);
    String join = target.contains("?") ? "&" : "?";
    body.put(
        "redirectUrl",
        through ? target + join + WaitingRoom.TOKEN_PARAMETER + "=" + room.token(visitor) : null);
    body.put("pollAfterMs", Math.max(250, Math.min(POLL.toMillis(), left.toMillis())));
    body.put("serverTime", now.toString());
    ex.json(200, body);
  }

  /** "2 minutes", "1 minute", "less than a minute". */
  static String estimatedWait(Duration left) {
    long minutes = (left.toSeconds() + 59) / 60;
    if (left.toSeconds() < 60) {
      return "less than a minute";
    }
    return String.format(Locale.ROOT, "%d minute%s", minutes, minutes == 1 ? "" : "s");
  }

  /** The {@code target} parameter if it is a path of this shop, else the event page. */
  private static String target(ShopExchange ex) {
    String target = ex.query().getOrDefault("target", "");
    if (!target.startsWith("/") || target.startsWith("//") || target.contains("\\")) {
      return AuroraEvent.PATH;
    }
    return target;
  }
}
