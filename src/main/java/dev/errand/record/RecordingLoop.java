package dev.errand.record;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs one recording to its end: feeds what the recording browser says to the {@link RecipeBuilder}
 * until the person closes the browser, presses Enter, or the recording reaches payment. At payment
 * it waits a moment (the recorder reports the click that led there after the new page's scan) and
 * then closes the browser itself; after Enter it closes it too, and it waits for the browser to be
 * gone, at most {@code closing}.
 */
public final class RecordingLoop {

  /** Where the recording browser's lines come from. */
  public interface Source {
    /** The next line within {@code wait}, or empty. */
    Optional<String> next(Duration wait) throws InterruptedException;

    /** Asks the browser to close. */
    void stop();
  }

  /** How a recording ended. */
  public enum Ending {
    /** The payment page (or card data, or a pay button) was reached. */
    PAYMENT,
    /** The person closed the browser. */
    CLOSED,
    /** The person pressed Enter. */
    ENTER,
    /** The recording browser failed. */
    FAILED
  }

  /** The ending, and for {@link Ending#FAILED} what went wrong. */
  public record Result(Ending ending, String failure) {}

  private static final Duration POLL = Duration.ofMillis(200);

  private final Duration grace;
  private final Duration closing;
  private final LongSupplier nanos;

  /** Waits {@code grace} after payment is reached and up to {@code closing} for the browser. */
  public RecordingLoop(Duration grace, Duration closing, LongSupplier nanos) {
    this.grace = grace;
    this.closing = closing;
    this.nanos = nanos;
  }

  /** The usual timings: 1.5 s of grace, 15 s to close, on the system's clock. */
  public static RecordingLoop standard() {
    return new RecordingLoop(Duration.ofMillis(1500), Duration.ofSeconds(15), System::nanoTime);
  }

  /**
   * Runs the recording; {@code enter} says whether the person pressed Enter, {@code say} gets the
   * lines worth telling the person.
   */
  public Result run(
      Source source, RecipeBuilder builder, BooleanSupplier enter, Consumer<String> say)
      throws InterruptedException {
    Ending ending = null;
    long stopAt = Long.MAX_VALUE;
    long giveUpAt = Long.MAX_VALUE;
    boolean stopped = false;
    while (true) {
      long now = nanos.getAsLong();
      if (!stopped && now >= stopAt) {
        source.stop();
        stopped = true;
        giveUpAt = now + closing.toNanos();
      }
      if (stopped && now >= giveUpAt) {
        return new Result(ending == null ? Ending.CLOSED : ending, "");
      }
      if (ending == null && enter.getAsBoolean()) {
        ending = Ending.ENTER;
        say.accept("ending the recording (Enter)");
        stopAt = now;
        continue;
      }
      Optional<String> line = source.next(POLL);
      if (line.isEmpty()) {
        continue;
      }
      Optional<RecorderLine.Event> event = RecorderLine.parse(line.get());
      if (event.isEmpty()) {
        continue;
      }
      RecorderLine.Event e = event.get();
      if (e instanceof RecorderLine.Closed) {
        return new Result(ending == null ? Ending.CLOSED : ending, "");
      }
      if (e instanceof RecorderLine.Failed f) {
        return new Result(Ending.FAILED, f.message());
      }
      if (e instanceof RecorderLine.Ready) {
        say.accept("the browser is open: click through the purchase once, as you would");
        continue;
      }
      if (e instanceof RecorderLine.Look l && l.look().challenge()) {
        say.accept("a security check: solve it; the recipe hands it to a person");
      }
      boolean payment = builder.add(e);
      if (payment && ending == null) {
        ending = Ending.PAYMENT;
        say.accept("reached payment: errand stops recording here (it never pays)");
        stopAt = Math.min(stopAt, nanos.getAsLong() + grace.toNanos());
      }
    }
  }
}
