package dev.errand.report;

import static dev.errand.report.Html.esc;

import dev.errand.journal.ArtifactRecord;
import dev.errand.journal.AttemptRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * The attempt's screenshots, embedded as {@code data:} URIs so the report is one file, each with a
 * caption: its name, when it was taken and during which step. Page HTML saved at failures is listed
 * by name.
 */
final class ScreenshotGallery {

  /** Larger screenshots are listed, not embedded, to keep the report openable. */
  static final long MAX_EMBEDDED_BYTES = 8L * 1024 * 1024;

  private ScreenshotGallery() {}

  static String render(AttemptRecord r) {
    boolean release = r.timebase().relativeToRelease();
    StringBuilder h = new StringBuilder();
    if (r.screenshots().isEmpty()) {
      h.append("<p class=\"muted\">No screenshots were taken.</p>");
    } else {
      h.append("<div class=\"gallery\">");
      for (ArtifactRecord a : r.screenshots()) {
        figure(h, r.dir(), a, release);
      }
      h.append("</div>");
    }
    StringBuilder others = new StringBuilder();
    for (ArtifactRecord a : r.artifacts()) {
      if (!a.screenshot()) {
        others
            .append("<li><span class=\"pill\">")
            .append(esc(a.kind()))
            .append("</span> <a href=\"")
            .append(esc(a.file()))
            .append("\">")
            .append(esc(a.file()))
            .append("</a>")
            .append(when(a, release))
            .append("</li>");
      }
    }
    if (others.length() > 0) {
      h.append("<ul class=\"files\">").append(others).append("</ul>");
    }
    return h.toString();
  }

  private static void figure(StringBuilder h, Path dir, ArtifactRecord a, boolean release) {
    h.append("<figure class=\"shot\">");
    Path file = a.in(dir);
    try {
      long size = Files.size(file);
      if (size > MAX_EMBEDDED_BYTES) {
        h.append("<div class=\"noimg\">")
            .append(esc(a.file()))
            .append(" is too large to embed (")
            .append(size / (1024 * 1024))
            .append(" MB)</div>");
      } else {
        h.append("<a href=\"")
            .append(esc(a.file()))
            .append("\" title=\"the full-size screenshot\"><img alt=\"")
            .append(esc(a.caption()))
            .append("\" src=\"data:image/png;base64,")
            .append(Base64.getEncoder().encodeToString(Files.readAllBytes(file)))
            .append("\"></a>");
      }
    } catch (IOException e) {
      h.append("<div class=\"noimg\">").append(esc(a.file())).append(" could not be read</div>");
    }
    h.append("<figcaption><b>").append(esc(a.caption())).append("</b>").append(when(a, release));
    a.duringStep()
        .ifPresent(
            s ->
                h.append("<br><span class=\"muted\">during ")
                    .append(esc(Html.cut(s, 64)))
                    .append("</span>"));
    h.append("<br><span class=\"muted mono\">").append(esc(a.file())).append("</span>");
    h.append("</figcaption></figure>");
  }

  private static String when(ArtifactRecord a, boolean release) {
    return a.atMs().isPresent()
        ? " <span class=\"mono muted\">"
            + esc(TimeText.stamp(a.atMs().getAsDouble(), release))
            + "</span>"
        : " <span class=\"muted\">(not in the journal)</span>";
  }
}
