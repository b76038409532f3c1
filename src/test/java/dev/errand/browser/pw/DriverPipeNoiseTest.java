package dev.errand.browser.pw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DriverPipeNoiseTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final DriverPipeNoise err =
      new DriverPipeNoise(new PrintStream(bytes, true, StandardCharsets.UTF_8));

  private static IOException thrownIn(String className) {
    IOException e = new IOException("Stream Closed");
    e.setStackTrace(
        new StackTraceElement[] {
          new StackTraceElement("java.io.FileOutputStream", "writeBytes", null, -2),
          new StackTraceElement(className, "run", "PipeTransport.java", 167)
        });
    return e;
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theDriverPipesClosingRaceIsNotPrinted() {
    err.println("before");
    thrownIn("com.microsoft.playwright.impl.WriterThread").printStackTrace(err);
    err.println("after");
    assertEquals("before\nafter\n", printed().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void anyOtherTraceAndTextPassThrough() {
    thrownIn("dev.errand.Something").printStackTrace(err);
    err.println("\tindented text of its own");
    assertTrue(printed().contains("java.io.IOException: Stream Closed"), printed());
    assertTrue(printed().contains("\tat dev.errand.Something.run"), printed());
    assertTrue(printed().contains("\tindented text of its own"), printed());
  }

  @Test
  void installingTwiceWrapsOnce() {
    PrintStream original = System.err;
    try {
      DriverPipeNoise.install();
      PrintStream first = System.err;
      DriverPipeNoise.install();
      assertTrue(first instanceof DriverPipeNoise);
      assertEquals(first, System.err);
    } finally {
      System.setErr(original);
    }
  }
}
