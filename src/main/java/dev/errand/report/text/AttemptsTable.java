package dev.errand.report.text;

import dev.errand.journal.AttemptRecord;
import dev.errand.report.TimeText;
import dev.errand.text.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** {@code errand attempts}: one line per attempt, newest first, outcome in colour. */
public final class AttemptsTable {

  static final int RECIPE_WIDTH = 36;

  private AttemptsTable() {}

  public static List<String> render(List<AttemptRecord> attempts, Styles c, ZoneId zone) {
    DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    List<String[]> cells = new ArrayList<>();
    for (AttemptRecord r : attempts) {
      cells.add(
          new String[] {
            when.format(r.startedAt()),
            AttemptsText.cut(r.facts().recipeName(), RECIPE_WIDTH),
            r.outcome().id(),
            r.reaction().map(x -> TimeText.millis(x.ms())).orElse("—"),
            TimeText.duration(r.duration()),
            r.id()
          });
    }
    String[] head = {"WHEN", "RECIPE", "OUTCOME", "REACTION", "TOOK", "ID"};
    int[] width = new int[head.length];
    for (int i = 0; i < head.length; i++) {
      width[i] = head[i].length();
      for (String[] row : cells) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(c.dim(line(head, width, x -> x, x -> x)));
    for (int n = 0; n < cells.size(); n++) {
      AttemptRecord r = attempts.get(n);
      lines.add(line(cells.get(n), width, x -> AttemptsText.tone(c, r.outcome(), x), c::dim));
    }
    return lines;
  }

  private static String line(
      String[] row, int[] width, UnaryOperator<String> outcome, UnaryOperator<String> id) {
    return AttemptsText.padRight(row[0], width[0])
        + "  "
        + AttemptsText.padRight(row[1], width[1])
        + "  "
        + outcome.apply(AttemptsText.padRight(row[2], width[2]))
        + "  "
        + AttemptsText.padLeft(row[3], width[3])
        + "  "
        + AttemptsText.padLeft(row[4], width[4])
        + "  "
        + id.apply(row[5]);
  }
}
