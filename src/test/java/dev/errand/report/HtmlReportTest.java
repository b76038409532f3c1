package dev.errand.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.journal.AttemptReader;
import dev.errand.journal.AttemptRecord;
import dev.errand.journal.FixtureRun;
import dev.errand.recipe.Phase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  static final Instant START = Instant.parse("2026-11-21T19:00:00Z");

  @TempDir Path root;

  String render(AttemptRecord r) {
    return HtmlReport.render(r, ZoneOffset.UTC, START.plusSeconds(3600), "9.9.9");
  }

  @Test
  void oneSelfContainedPageWithEverySection() throws Exception {
    AttemptRecord r = AttemptReader.read(FixtureRun.demo(root, START, "abc123", 40).dir());
    Path file = HtmlReport.write(r, ZoneOffset.UTC, START, "9.9.9");
    assertEquals(r.dir().resolve("report.html"), file);
    String html = Files.readString(file);

    assertTrue(html.contains("class=\"banner good\""), "outcome banner");
    assertTrue(html.contains(">reached-payment<"));
    assertTrue(html.contains("<svg class=\"timeline\""), "timeline chart");
    assertEquals(5, count(html, "<rect class=\"bar step "), "a bar per step");
    assertTrue(html.contains("<table class=\"steps\">"));
    assertEquals(2, count(html, "<img alt="), "both screenshots");
    assertTrue(html.contains("src=\"data:image/png;base64,iVBOR"), "embedded as data URIs");
    assertTrue(html.contains("<svg class=\"probes\""), "clock probes");
    assertTrue(html.contains("+2.500 s"));
    assertTrue(html.contains("abc123"), "recipe hash");
    assertTrue(html.contains("Chromium 156.0.1, headless"));
    assertTrue(html.contains("17.0.99"), "Java version");
  }

  @Test
  void nothingIsFetchedFromElsewhere() {
    AttemptRecord r = AttemptReader.read(FixtureRun.demo(root, START, "abc", 40).dir());
    String html = render(r);
    Matcher m = Pattern.compile("(src|href)=\"([^\"]*)\"|url\\(([^)]*)\\)").matcher(html);
    while (m.find()) {
      String target = m.group(2) != null ? m.group(2) : m.group(3);
      assertTrue(
          target.startsWith("data:") || target.startsWith("#") || !target.contains(":"),
          "external reference: " + target);
    }
    assertTrue(html.contains("default-src 'none'"), "and the page forbids it");
  }

  @Test
  void aCrashedRunSaysSoAndMarksTheStepItWasIn() {
    FixtureRun run =
        FixtureRun.start(root, "Crashy", "sha", START, START.plusSeconds(30), Duration.ZERO)
            .advance(1000);
    run.ok(Phase.ARM, 0, FixtureRun.goTo("/events", 14), 300);
    run.startOnly(Phase.ARM, 1, FixtureRun.click("Accept all", 15)).advance(500).close();
    String html = render(AttemptReader.read(run.dir()));
    assertTrue(html.contains("class=\"banner bad\""));
    assertTrue(html.contains(">crashed<"));
    assertTrue(html.contains("in step click {role: button, name: &#39;Accept all&#39;}"), html);
    assertTrue(html.contains("class=\"bar step unfinished\""));
    assertTrue(html.contains("no end — crashed here"));
    assertTrue(html.contains("crashed here</span>"), "the step table too");
  }

  @Test
  void textFromTheJournalIsEscaped() {
    FixtureRun run =
        FixtureRun.start(
            root, "<script>alert(1)</script>", "sha", START, START.plusSeconds(30), Duration.ZERO);
    run.note("<img src=x onerror=alert(1)>").close();
    String html = render(AttemptReader.read(run.dir()));
    assertFalse(html.contains("<script>alert"));
    assertFalse(html.contains("<img src=x"));
    assertTrue(html.contains("&lt;script&gt;"));
  }

  static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
