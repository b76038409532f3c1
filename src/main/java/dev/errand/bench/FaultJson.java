package dev.errand.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errand.text.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code errand bench --faults} as JSON: the settings, and per mode each strategy's summary and
 * every run's raw figures (durations in milliseconds); a figure that could not be measured is
 * {@code null}.
 */
public final class FaultJson {

  private static final ObjectMapper JSON = Json.mapper();

  private FaultJson() {}

  /** Writes {@code report} to {@code file}, creating its directory. */
  public static void write(FaultReport report, Path file) throws IOException {
    Json.writePretty(tree(report), file);
  }

  /** The report as a JSON tree. */
  public static ObjectNode tree(FaultReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("errand", report.errandVersion());
    root.put("startedAt", report.startedAt().toString());
    root.put("tookSeconds", report.took().toMillis() / 1000.0);
    FaultBench.Settings settings = report.settings();
    root.put("runsPerMode", settings.runs());
    root.put("seed", settings.seed());
    root.put("releaseInSeconds", settings.releaseIn().toMillis() / 1000.0);
    root.put("queueWaitSeconds", settings.queueWait().toMillis() / 1000.0);
    ObjectNode modes = root.putObject("modes");
    for (FaultResults mode : report.modes()) {
      modes.set(mode.mode().id(), mode(mode));
    }
    return root;
  }

  private static ObjectNode mode(FaultResults results) {
    ObjectNode root = JSON.createObjectNode();
    root.put("description", results.describe());
    ObjectNode strategies = root.putObject("strategies");
    for (FaultSummary s : results.strategies()) {
      ObjectNode node = strategies.putObject(s.name());
      node.set("summary", summary(s));
      ArrayNode runs = node.putArray("runs");
      s.runs().forEach(r -> runs.add(run(r)));
    }
    ArrayNode targets = root.putArray("targets");
    for (Target t : results.targets()) {
      ObjectNode node = targets.addObject();
      node.put("what", t.what());
      node.put("target", t.target());
      node.put("figure", t.figure());
      node.put("met", t.met());
      t.notJudged().ifPresent(why -> node.put("notJudged", why));
    }
    return root;
  }

  private static ObjectNode summary(FaultSummary s) {
    ObjectNode node = JSON.createObjectNode();
    node.put("runs", s.runs().size());
    node.put("reachedPayment", s.reached());
    node.put(
        "reachedPaymentShare", s.runs().isEmpty() ? 0 : (double) s.reached() / s.runs().size());
    put(node, "medianToPaymentMs", s.medianToPayment());
    node.put("saidPaymentElsewhere", s.falsePayments());
    node.put("pageLoads", s.pageLoads());
    node.put("densestSecondPageLoads", s.densestSecond());
    node.put("errorAnswers", s.errorAnswers());
    node.put("retries", s.retries());
    node.put("retryAfterViolations", s.retryAfterViolations());
    node.put("rateLimitViolations", s.rateLimitViolations());
    node.put("answered429", s.refused());
    if (s.falseSoldOuts().isPresent()) {
      node.put("falseSoldOuts", s.falseSoldOuts().get());
    } else {
      node.putNull("falseSoldOuts");
    }
    node.put("passedQueue", s.passedQueue());
    node.put("reloadsWhileQueued", s.reloadsWhileQueued());
    node.put("failed", s.failures());
    node.put("timedOut", s.timedOut());
    return node;
  }

  private static ObjectNode run(FaultRun r) {
    ObjectNode node = JSON.createObjectNode();
    ShopSide shop = r.shop();
    node.put("run", r.run());
    if (!r.variant().isEmpty()) {
      node.put("variant", r.variant());
    }
    r.ending()
        .ifPresentOrElse(
            e -> {
              node.put("outcome", e.outcome());
              node.put("message", e.message());
              node.put("saidPayment", e.atPayment());
            },
            () -> node.putNull("outcome"));
    node.put("reachedPayment", r.reachedPayment());
    put(node, "paymentPageMs", shop.paymentPage());
    node.put("pageLoads", shop.pageLoads());
    node.put("densestSecondPageLoads", shop.densestSecond());
    node.put("errorAnswers", shop.errorAnswers());
    node.put("retries", shop.retries());
    node.put("retryAfterViolations", shop.retryAfterViolations());
    node.put("rateLimitViolations", shop.rateLimitViolations());
    node.put("answered429", shop.refused());
    node.put("falseSoldOut", r.falseSoldOut());
    node.put("opensLateMs", Figures.roundedMillis(shop.opensLate()));
    node.put("queueEntries", shop.queueEntries());
    node.put("queuePasses", shop.queuePasses());
    node.put("reloadsWhileQueued", shop.reloadsWhileQueued());
    node.put("timedOut", r.timedOut());
    node.put("tookSeconds", r.took().toMillis() / 1000.0);
    r.error().ifPresent(e -> node.put("error", e));
    return node;
  }

  private static void put(ObjectNode node, String field, Optional<Duration> value) {
    if (value.isPresent()) {
      node.put(field, Figures.roundedMillis(value.get()));
    } else {
      node.putNull(field);
    }
  }
}
