package dev.errand.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class RecordingLoopTest {

  /** Lines from a sample, then the browser closes once asked; each poll moves time 200 ms. */
  private static final class FakeSource implements RecordingLoop.Source {
    final Deque<String> lines;
    final AtomicLong nanos;
    int stops;
    boolean closesWhenAsked = true;

    FakeSource(List<String> lines, AtomicLong nanos) {
      this.lines = new ArrayDeque<>(lines);
      this.nanos = nanos;
    }

    @Override
    public Optional<String> next(Duration wait) {
      nanos.addAndGet(wait.toNanos());
      String line = lines.poll();
      if (line == null && stops > 0 && closesWhenAsked) {
        return Optional.of("{\"kind\":\"closed\"}");
      }
      return Optional.ofNullable(line);
    }

    @Override
    public void stop() {
      stops++;
    }
  }

  private static RecipeBuilder builder() {
    return new RecipeBuilder(
        URI.create("http://127.0.0.1:8080/"), new TypedValues(Samples.PERSON, Map.of()));
  }

  @Test
  void thePaymentPageEndsTheRecordingAfterAMomentsGrace() throws InterruptedException {
    AtomicLong nanos = new AtomicLong();
    List<String> lines = new ArrayList<>(Samples.lines("demo-flow.jsonl"));
    lines.removeIf(l -> l.contains("\"closed\""));
    FakeSource source = new FakeSource(lines, nanos);
    List<String> said = new ArrayList<>();
    RecipeBuilder b = builder();
    RecordingLoop.Result r =
        new RecordingLoop(Duration.ofSeconds(1), Duration.ofSeconds(10), nanos::get)
            .run(source, b, () -> false, said::add);
    assertEquals(RecordingLoop.Ending.PAYMENT, r.ending());
    assertEquals(1, source.stops, "errand closes the browser itself");
    assertTrue(said.stream().anyMatch(s -> s.contains("reached payment")), said.toString());
    assertTrue(
        b.yaml("today").contains("name: Continue to payment}"),
        "the click reported after the payment page's scan is in");
  }

  @Test
  void closingTheBrowserEndsIt() throws InterruptedException {
    AtomicLong nanos = new AtomicLong();
    FakeSource source =
        new FakeSource(List.of("{\"kind\":\"ready\"}", "{\"kind\":\"closed\"}"), nanos);
    RecordingLoop.Result r =
        new RecordingLoop(Duration.ofSeconds(1), Duration.ofSeconds(10), nanos::get)
            .run(source, builder(), () -> false, s -> {});
    assertEquals(RecordingLoop.Ending.CLOSED, r.ending());
    assertEquals(0, source.stops);
  }

  @Test
  void enterClosesTheBrowserAndABrowserThatDoesNotCloseIsLeftAfterAWhile()
      throws InterruptedException {
    AtomicLong nanos = new AtomicLong();
    FakeSource source = new FakeSource(List.of("{\"kind\":\"ready\"}"), nanos);
    source.closesWhenAsked = false;
    AtomicBoolean enter = new AtomicBoolean(true);
    RecordingLoop.Result r =
        new RecordingLoop(Duration.ofSeconds(1), Duration.ofSeconds(10), nanos::get)
            .run(source, builder(), enter::get, s -> {});
    assertEquals(RecordingLoop.Ending.ENTER, r.ending());
    assertEquals(1, source.stops);
    assertTrue(nanos.get() >= Duration.ofSeconds(10).toNanos(), "waited for it to close");
  }

  @Test
  void aBrowserThatFailsToStartSaysWhy() throws InterruptedException {
    AtomicLong nanos = new AtomicLong();
    FakeSource source =
        new FakeSource(
            List.of("{\"kind\":\"error\",\"message\":\"Executable doesn't exist\"}"), nanos);
    RecordingLoop.Result r =
        new RecordingLoop(Duration.ofSeconds(1), Duration.ofSeconds(10), nanos::get)
            .run(source, builder(), () -> false, s -> {});
    assertEquals(RecordingLoop.Ending.FAILED, r.ending());
    assertEquals("Executable doesn't exist", r.failure());
  }
}
