package dev.errand.report;

import static dev.errand.report.Html.esc;

import dev.errand.journal.AttemptRecord;
import dev.errand.journal.RunFacts;
import dev.errand.journal.SiteSummaries;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The run's facts: versions, browser, recipe and its hash, profile, site and times. */
final class FactsPanel {

  private FactsPanel() {}

  static String render(AttemptRecord r, ZoneId zone) {
    RunFacts f = r.facts();
    DateTimeFormatter local =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS z").withZone(zone);
    DateTimeFormatter utc =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'").withZone(ZoneId.of("UTC"));
    StringBuilder h = new StringBuilder("<dl class=\"facts\">");
    fact(h, "recipe", esc(f.recipeName()));
    fact(h, "recipe file", "<span class=\"mono\">" + esc(f.recipePath()) + "</span>");
    fact(
        h,
        "recipe sha-256",
        "<span class=\"mono\" title=\""
            + esc(f.recipeSha256())
            + "\">"
            + esc(f.shortSha())
            + "…</span>");
    fact(h, "profile", esc(f.profile()));
    fact(h, "site", "<span class=\"mono\">" + esc(f.site()) + "</span>");
    r.sites().forEach(site -> fact(h, "requests", esc(SiteSummaries.describe(site))));
    if (f.quantity().isPresent()) {
      fact(h, "quantity", String.valueOf(f.quantity().getAsInt()));
    }
    r.release()
        .ifPresent(
            rel ->
                fact(
                    h,
                    "release instant",
                    esc(utc.format(rel.instant())) + " <span class=\"muted\">site time</span>"));
    fact(h, "started", esc(local.format(r.startedAt())));
    fact(
        h,
        r.endedAt().isPresent() ? "ended" : "last event",
        esc(local.format(r.endedAt().orElse(r.lastEventAt()))));
    fact(h, "errand", esc(orDash(f.errand())));
    fact(
        h,
        "browser",
        f.browser().map(b -> esc(b.describe())).orElse("<span class=\"muted\">not started</span>"));
    fact(h, "Java", esc(orDash(f.java())));
    fact(h, "OS", esc(orDash(f.os())));
    fact(h, "attempt", "<span class=\"mono\">" + esc(r.id()) + "</span>");
    return h.append("</dl>").toString();
  }

  static String localTime(Instant t, ZoneId zone) {
    return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm:ss").withZone(zone).format(t);
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "—" : s;
  }

  private static void fact(StringBuilder h, String name, String html) {
    h.append("<dt>").append(esc(name)).append("</dt><dd>").append(html).append("</dd>");
  }
}
