package dev.errand.journal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A file the run left in its folder: a screenshot, page HTML or a Playwright trace. Files on disk
 * that the journal does not mention (a crash before the event was written) are listed too.
 *
 * @param kind {@code screenshot}, {@code html}, {@code trace} or another kind the journal names
 * @param file the file name relative to the attempt folder
 * @param atMs when it was saved, relative to the release instant; empty when not journaled
 * @param duringStep the step that was running when it was saved, if any
 */
public record ArtifactRecord(
    String kind, String file, OptionalDouble atMs, Optional<String> duringStep) {

  public boolean screenshot() {
    return kind.equals("screenshot") || file.toLowerCase(Locale.ROOT).endsWith(".png");
  }

  /** The file's path inside {@code attemptDir}. */
  public Path in(Path attemptDir) {
    return attemptDir.resolve(file);
  }

  /** {@code 02-handoff-challenge.png} becomes {@code handoff challenge}. */
  public String caption() {
    String name = Path.of(file).getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return base.replaceFirst("^\\d+-", "").replace('-', ' ');
  }
}
