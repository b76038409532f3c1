package dev.errand.browser.strike;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.browser.Strike.Struck;
import dev.errand.browser.strike.StrikeReport.Arrived;
import dev.errand.browser.strike.StrikeReport.Finished;
import dev.errand.browser.strike.StrikeReport.StepRan;
import dev.errand.browser.strike.StrikeReport.Stopped;
import dev.errand.recipe.Locator;
import dev.errand.recipe.Step;
import dev.errand.recipe.StepOptions;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The strike's messages read in one place, and what they add up to. */
class StrikeReportsTest {

  private static final StrikePlan TWO_CLICKS =
      StrikePlan.of(List.of(click("Size"), click("Buy")), step -> Duration.ofSeconds(2));

  private static Step click(String name) {
    return new Step.Click(new Locator.ByRole("button", name, false), StepOptions.DEFAULT);
  }

  @Test
  void eachShapeOfMessageIsReadAsItsRecord() throws IOException {
    List<StrikeReport> batch =
        StrikeReports.parse(
            "[{\"step\":0,\"started\":1000.25,\"ended\":1003.75,\"match\":0,\"failed\":false,"
                + "\"seq\":0},"
                + "{\"step\":1,\"started\":1004,\"ended\":1004,\"skipped\":true,\"seq\":1},"
                + "{\"stop\":1,\"why\":\"covered\",\"seq\":2},"
                + "{\"done\":true,\"seq\":3},"
                + "{\"document\":\"http://127.0.0.1/x\",\"resumed\":false,\"origin\":1,\"at\":2},"
                + "{\"something\":\"else\"}]");
    assertEquals(
        List.of(
            new StepRan(OptionalInt.of(0), 0, 1000.25, 1003.75, Optional.of(0), false, false),
            new StepRan(OptionalInt.of(1), 1, 1004, 1004, Optional.empty(), true, false),
            new Stopped(OptionalInt.of(2), 1, "covered"),
            new Finished(OptionalInt.of(3)),
            new Arrived(OptionalInt.empty(), "http://127.0.0.1/x", false)),
        batch);
    assertFalse(batch.get(0).ends());
    assertTrue(batch.get(2).ends());
    assertTrue(batch.get(3).ends());
    assertTrue(batch.get(4).ends());
    assertFalse(new Arrived(OptionalInt.of(4), "http://127.0.0.1/x", true).ends());
  }

  @Test
  void aMessageSentAgainFromTheNextDocumentIsTakenOnce() throws IOException {
    StrikeReports reports = new StrikeReports();
    String first = "{\"step\":0,\"started\":1000,\"ended\":1002,\"match\":0,\"seq\":0}";
    reports.hear(StrikeReports.parse("[" + first + "]"));
    assertFalse(reports.over());
    reports.hear(
        StrikeReports.parse(
            "["
                + first
                + ",{\"step\":1,\"started\":1003,\"ended\":1005,\"match\":0,\"seq\":1},"
                + "{\"done\":true,\"seq\":2}]"));
    assertEquals(3, reports.size());
    assertTrue(reports.over());
    Struck struck = reports.struck(TWO_CLICKS, Optional.empty(), Optional.of("started"));
    assertEquals(2, struck.steps().size());
    assertEquals(Optional.empty(), struck.stoppedBecause());
    assertEquals(Duration.ofMillis(2), struck.steps().get(1).took());
    assertEquals(
        Optional.of(new Locator.ByRole("button", "Buy", false).describe()),
        struck.steps().get(1).matched());
  }

  @Test
  void aStopOrALeftDocumentSaysWhyTheStepsEndedShort() throws IOException {
    StrikeReports stopped = new StrikeReports();
    stopped.hear(
        StrikeReports.parse(
            "[{\"step\":0,\"started\":1,\"ended\":2,\"seq\":0},"
                + "{\"stop\":1,\"why\":\"payment wording\",\"seq\":1}]"));
    Struck s = stopped.struck(TWO_CLICKS, Optional.empty(), Optional.empty());
    assertEquals(1, s.steps().size());
    assertEquals(Optional.of("payment wording"), s.stoppedBecause());

    StrikeReports left = new StrikeReports();
    left.hear(
        StrikeReports.parse(
            "[{\"step\":0,\"started\":1,\"ended\":2,\"seq\":0},"
                + "{\"document\":\"http://127.0.0.1/elsewhere\",\"resumed\":false}]"));
    assertEquals(
        Optional.of("the page went to another document"),
        left.struck(TWO_CLICKS, Optional.empty(), Optional.empty()).stoppedBecause());

    StrikeReports silent = new StrikeReports();
    assertEquals(
        Optional.of("the page did not finish in time"),
        silent.struck(TWO_CLICKS, Optional.empty(), Optional.empty()).stoppedBecause());
    assertEquals(
        Optional.of("it did not start: gone"),
        silent
            .struck(TWO_CLICKS, Optional.of("it did not start: gone"), Optional.empty())
            .stoppedBecause());
  }

  @Test
  void messagesHeardBeforeTheStartAreForgotten() throws IOException {
    StrikeReports reports = new StrikeReports();
    reports.hear(
        StrikeReports.parse("[{\"document\":\"http://127.0.0.1/other\",\"resumed\":false}]"));
    assertTrue(reports.over());
    reports.forgetFirst(1);
    assertFalse(reports.over());
    assertEquals(PageStart.ALREADY, PageStart.of("already"));
    assertEquals(PageStart.NOW, PageStart.of("now"));
    assertEquals(PageStart.GONE, PageStart.of("gone"));
  }
}
