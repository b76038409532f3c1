package dev.errand.browser;

import java.nio.file.Path;

/**
 * Records a Playwright-style trace of the browser in chunks, so a crash loses at most the chunk in
 * progress. Traces keep what was typed (field values, in several places), so errand does not trace
 * a run that types secrets.
 */
public interface Tracer {

  /** Starts recording a chunk named {@code title} (starting the trace on first use). */
  void startChunk(String title);

  /** Saves the chunk in progress to {@code file} and stops recording until the next chunk. */
  void saveChunk(Path file);

  /** Ends tracing; a chunk in progress is dropped. */
  void stop();
}
