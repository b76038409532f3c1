package dev.errand.browser.pw;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Tracing;
import dev.errand.browser.BrowserActionException;
import dev.errand.browser.Tracer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Playwright tracing of one context, in chunks: each chunk is a whole {@code tracing.start}
 * (screenshots and DOM snapshots, no sources) and {@code startChunk}, saved by {@code stopChunk}
 * and ended by {@code tracing.stop}. Between chunks nothing is recorded: Playwright's tracing keeps
 * its network recorder running from {@code start} to {@code stop}, across chunks, and at the
 * release instant (never a chunk) that recorder would sit between the page and its purchase.
 */
final class PlaywrightTracer implements Tracer {

  private final BrowserContext context;
  private boolean started;
  private boolean inChunk;

  PlaywrightTracer(BrowserContext context) {
    this.context = context;
  }

  @Override
  public void startChunk(String title) {
    try {
      if (!started) {
        context
            .tracing()
            .start(
                new Tracing.StartOptions()
                    .setScreenshots(true)
                    .setSnapshots(true)
                    .setSources(false)
                    .setTitle("errand"));
        started = true;
      }
      context.tracing().startChunk(new Tracing.StartChunkOptions().setTitle(title));
      inChunk = true;
    } catch (PlaywrightException e) {
      throw new BrowserActionException("could not start tracing: " + firstLine(e));
    }
  }

  @Override
  public void saveChunk(Path file) {
    if (!inChunk) {
      return;
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      context.tracing().stopChunk(new Tracing.StopChunkOptions().setPath(file));
      inChunk = false;
      stop();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PlaywrightException e) {
      inChunk = false;
      throw new BrowserActionException("could not save the trace: " + firstLine(e));
    }
  }

  @Override
  public void stop() {
    if (!started) {
      return;
    }
    try {
      context.tracing().stop();
    } catch (PlaywrightException e) {
      // the browser is going away: nothing left to save
    }
    started = false;
    inChunk = false;
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
