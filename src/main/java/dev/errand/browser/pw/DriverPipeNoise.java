package dev.errand.browser.pw;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one harmless stack trace of Playwright for Java off the person's terminal. Closing
 * Playwright closes the pipe to its driver before it stops the thread that writes to it, so when
 * that thread is just flushing a last message it prints {@code java.io.IOException: Stream Closed}
 * with its stack to {@code System.err} (seen here about once in ten closes). Nothing is lost: the
 * driver is being shut down. This stream passes everything else through and logs that trace at
 * debug level instead.
 */
final class DriverPipeNoise extends PrintStream {

  private static final Logger LOG = LoggerFactory.getLogger(DriverPipeNoise.class);
  private static final String WRITER = "com.microsoft.playwright.impl.WriterThread";

  /** Inside a dropped trace: its frame lines are dropped too. */
  private boolean dropping;

  DriverPipeNoise(PrintStream out) {
    super(out, true);
  }

  /** Puts the filter in front of {@code System.err}, unless it is there already. */
  static synchronized void install() {
    if (!(System.err instanceof DriverPipeNoise)) {
      System.setErr(new DriverPipeNoise(System.err));
    }
  }

  /** The trace's own lines, when it is the driver pipe's closing race. */
  static boolean isClosingRace(Throwable t) {
    return t instanceof IOException
        && Arrays.stream(t.getStackTrace()).anyMatch(f -> f.getClassName().equals(WRITER));
  }

  // Throwable.printStackTrace prints, holding this stream's lock, the throwable itself and then
  // each frame ("\tat …", "\t... n more"), each with println(Object).
  @Override
  public synchronized void println(Object x) {
    if (x instanceof Throwable t && isClosingRace(t)) {
      dropping = true;
      LOG.debug("Playwright's driver pipe closed under its writer (harmless at close)", t);
    } else if (!(dropping && x instanceof String s && s.startsWith("\t"))) {
      dropping = false;
      super.println(x);
    }
  }

  @Override
  public synchronized void println(String x) {
    println((Object) x);
  }
}
