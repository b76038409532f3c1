package dev.errand.report;

import static dev.errand.report.Html.esc;

import dev.errand.journal.AttemptRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One attempt as one self-contained HTML page: styles inline, screenshots as {@code data:} URIs,
 * charts as inline SVG, no scripts and no external requests. Each section has its own renderer;
 * this class only lays them out.
 */
public final class HtmlReport {

  /** The report's file name in an attempt folder. */
  public static final String FILE = "report.html";

  private HtmlReport() {}

  /** The page for {@code r}; times shown in {@code zone}, "generated at" {@code now}. */
  public static String render(AttemptRecord r, ZoneId zone, Instant now, String errandVersion) {
    StringBuilder h = new StringBuilder(256 * 1024);
    h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" img-src data:; style-src 'unsafe-inline'\">")
        .append("<title>")
        .append(esc(r.outcome().id() + " · " + r.facts().recipeName() + " · errand"))
        .append("</title><style>")
        .append(ReportStyle.CSS)
        .append("</style></head><body><main>");
    h.append(OutcomeBanner.render(r, zone));
    h.append("<section class=\"card\"><h2>Timeline <span class=\"muted\">")
        .append(
            r.timebase().relativeToRelease()
                ? "on the site's clock, relative to the release instant T"
                : "relative to the start of the run (the recipe has no release instant)")
        .append("</span></h2>")
        .append(TimelineChart.render(r))
        .append(MomentsList.render(r))
        .append("</section>");
    h.append("<section class=\"card\"><h2>Screenshots</h2>")
        .append(ScreenshotGallery.render(r))
        .append("</section>");
    h.append("<div class=\"cols\"><section class=\"card\"><h2>Site clock</h2>")
        .append(ClockFigure.render(r))
        .append("</section><section class=\"card\"><h2>Run facts</h2>")
        .append(FactsPanel.render(r, zone))
        .append("</section></div>");
    h.append("<section class=\"card\"><h2>Steps</h2>")
        .append(StepTable.render(r))
        .append("</section>");
    h.append("<footer>errand ")
        .append(esc(errandVersion))
        .append(" · report written ")
        .append(esc(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z").withZone(zone).format(now)))
        .append(" from ")
        .append(esc(r.id()))
        .append("/journal.jsonl</footer></main></body></html>\n");
    return h.toString();
  }

  /** Writes {@code report.html} into the attempt's folder and returns its path. */
  public static Path write(AttemptRecord r, ZoneId zone, Instant now, String errandVersion) {
    Path file = r.dir().resolve(FILE);
    try {
      Files.writeString(file, render(r, zone, now, errandVersion), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
