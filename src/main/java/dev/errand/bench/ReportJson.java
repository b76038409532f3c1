package dev.errand.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errand.text.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The bench's report as JSON: every drop's raw numbers and each strategy's summary, in
 * milliseconds; a figure that could not be measured is {@code null}.
 */
public final class ReportJson {

  private static final ObjectMapper JSON = Json.mapper();

  private ReportJson() {}

  /** Writes {@code report} to {@code file}, creating its directory. */
  public static void write(BenchReport report, Path file) throws IOException {
    Json.writePretty(tree(report), file);
  }

  /** The report as a JSON tree. */
  public static ObjectNode tree(BenchReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("errand", report.errandVersion());
    root.put("startedAt", report.startedAt().toString());
    root.put("tookSeconds", report.took().toMillis() / 1000.0);
    root.put("drops", report.drops());
    ObjectNode kinds = root.putObject("kinds");
    for (PageResults page : report.pages()) {
      kinds.set(page.kind().id(), page(page));
    }
    return root;
  }

  private static ObjectNode page(PageResults page) {
    ObjectNode root = JSON.createObjectNode();
    root.put("description", page.describe());
    root.put("salePage", page.kind().page().name().toLowerCase(Locale.ROOT));
    root.put("drops", page.skews().size());
    ArrayNode skews = root.putArray("skewsMs");
    page.skews().forEach(s -> skews.add(Figures.roundedMillis(s)));
    ObjectNode strategies = root.putObject("strategies");
    for (StrategySummary s : page.strategies()) {
      ObjectNode node = strategies.putObject(s.name());
      node.set("summary", summary(s));
      ArrayNode drops = node.putArray("drops");
      s.drops().forEach(d -> drops.add(drop(d)));
    }
    ObjectNode ratios = root.putObject("errandMedianRatio");
    putRatio(ratios, "toNaive", page.errandRatioTo(BenchReport.NAIVE));
    putRatio(ratios, "toFloor", page.errandRatioTo(BenchReport.FLOOR));
    ArrayNode targets = root.putArray("targets");
    for (Target t : page.targets()) {
      ObjectNode node = targets.addObject();
      node.put("what", t.what());
      node.put("target", t.target());
      node.put("figure", t.figure());
      node.put("met", t.met());
      t.notJudged().ifPresent(why -> node.put("notJudged", why));
    }
    return root;
  }

  private static ObjectNode summary(StrategySummary s) {
    ObjectNode node = JSON.createObjectNode();
    node.put("requests", s.latency().map(Stats::count).orElse(0));
    put(node, "medianMs", s.latency().map(Stats::median));
    put(node, "p95Ms", s.latency().map(Stats::p95));
    put(node, "maxMs", s.latency().map(Stats::max));
    node.put("early", s.early());
    node.put("failures", s.failures());
    if (s.offsetError().isPresent()) {
      put(node, "offsetErrorMedianMs", s.offsetError().map(Stats::median));
      put(node, "offsetErrorMaxMs", s.offsetError().map(Stats::max));
    }
    if (s.controlShown().isPresent()) {
      put(node, "controlShownMedianMs", s.controlShown().map(Stats::median));
      put(node, "afterShownMedianMs", s.afterShown().map(Stats::median));
      put(node, "afterShownP95Ms", s.afterShown().map(Stats::p95));
    }
    if (s.margin().isPresent()) {
      put(node, "marginMedianMs", s.margin().map(Stats::median));
      put(node, "beyondMarginMedianMs", s.beyondMargin().map(Stats::median));
    }
    if (s.reloadStarted().isPresent()) {
      put(node, "reloadStartedMedianMs", s.reloadStarted().map(Stats::median));
    }
    node.put("added", s.added());
    node.put("densestSecondPageLoads", s.densestSecond());
    node.put("answered429", s.refused());
    node.put("rateLimitViolations", s.violations());
    return node;
  }

  private static ObjectNode drop(DropResult d) {
    ObjectNode node = JSON.createObjectNode();
    node.put("drop", d.drop());
    node.put("skewMs", Figures.roundedMillis(d.skew()));
    put(node, "latencyMs", d.reaction().latency());
    node.put("early", d.reaction().early());
    node.put("posts", d.reaction().posts());
    node.put("status", d.reaction().firstStatus());
    node.put("added", d.reaction().added());
    node.put("pageLoads", d.politeness().pageLoads());
    node.put("densestSecondPageLoads", d.politeness().densestSecond());
    node.put("answered429", d.politeness().refused());
    node.put("rateLimitViolations", d.politeness().violations());
    if (d.margin().isPresent()) {
      put(node, "marginMs", d.margin());
    }
    if (d.reloadStarted().isPresent()) {
      put(node, "reloadStartedMs", d.reloadStarted());
    }
    if (d.measuredOffset().isPresent()) {
      put(node, "measuredOffsetMs", d.measuredOffset());
      put(node, "offsetErrorMs", d.offsetError());
    }
    if (d.controlShown().isPresent()) {
      put(node, "controlShownMs", d.controlShown());
      put(node, "afterShownMs", d.afterShown());
    }
    d.strike().map(Strike::note).filter(n -> !n.isEmpty()).ifPresent(n -> node.put("note", n));
    d.error().ifPresent(e -> node.put("error", e));
    return node;
  }

  private static void put(ObjectNode node, String field, Optional<Duration> value) {
    if (value.isPresent()) {
      node.put(field, Figures.roundedMillis(value.get()));
    } else {
      node.putNull(field);
    }
  }

  private static void putRatio(ObjectNode node, String field, Optional<Double> value) {
    if (value.isPresent()) {
      node.put(field, Math.round(value.get() * 1000) / 1000.0);
    } else {
      node.putNull(field);
    }
  }
}
