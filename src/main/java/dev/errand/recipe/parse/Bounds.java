package dev.errand.recipe.parse;

import dev.errand.timing.DurationParseException;
import dev.errand.timing.DurationParser;
import dev.errand.timing.TimeText;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The limits on how long and how often a recipe may ask errand to try again: an interval is never
 * below {@link #FLOOR} (one page load a second per site; the run's request budget spaces loads
 * further still), and every retry has an upper bound of at most {@link #LONGEST}.
 */
final class Bounds {

  /** The shortest interval a recipe may ask for between two tries. */
  static final Duration FLOOR = Duration.ofSeconds(1);

  /** The longest a poll or a release window may go on. */
  static final Duration LONGEST = Duration.ofMinutes(10);

  /** Words that ask for no bound at all. */
  private static final List<String> UNBOUNDED =
      List.of(
          "forever",
          "infinite",
          "infinity",
          "unbounded",
          "unlimited",
          "always",
          "never",
          "∞",
          ".inf");

  private final Scalars scalars;

  Bounds(Scalars scalars) {
    this.scalars = scalars;
  }

  /** An interval of at least {@link #FLOOR}; null (reported) otherwise. */
  @Nullable Duration interval(Node node, String field) {
    Duration d = scalars.duration(node, field);
    if (d != null && d.compareTo(FLOOR) < 0) {
      scalars
          .problems()
          .at(
              node,
              "'"
                  + field
                  + "' must be at least "
                  + text(FLOOR)
                  + ", got '"
                  + text(d)
                  + "': errand loads a site's pages at most once a second");
      return null;
    }
    return d;
  }

  /** A bound above zero and at most {@link #LONGEST}; null (reported) otherwise. */
  @Nullable Duration bound(Node node, String field, String what) {
    if (unbounded(node)) {
      scalars
          .problems()
          .at(
              node,
              "'"
                  + what
                  + "' needs an upper bound: '"
                  + field
                  + "' is a duration such as 30s, at most "
                  + text(LONGEST));
      return null;
    }
    Duration d = scalars.duration(node, field);
    return d == null ? null : atMostLongest(node, field, d);
  }

  /** A window from zero (none) to {@link #LONGEST}; null (reported) otherwise. */
  @Nullable Duration window(Node node, String field) {
    if (unbounded(node)) {
      scalars
          .problems()
          .at(
              node,
              "'"
                  + field
                  + "' needs an upper bound: a duration such as 10s, at most "
                  + text(LONGEST));
      return null;
    }
    String t = scalars.literal(node, field);
    if (t == null) {
      return null;
    }
    try {
      return atMostLongest(node, field, DurationParser.parseOrZero(t));
    } catch (DurationParseException e) {
      scalars.problems().at(node, e.getMessage());
      return null;
    }
  }

  private @Nullable Duration atMostLongest(Node node, String field, Duration d) {
    if (d.compareTo(LONGEST) > 0) {
      scalars
          .problems()
          .at(node, "'" + field + "' must be at most " + text(LONGEST) + ", got '" + text(d) + "'");
      return null;
    }
    return d;
  }

  private static boolean unbounded(Node node) {
    return node instanceof ScalarNode s
        && UNBOUNDED.contains(s.getValue().trim().toLowerCase(Locale.ROOT));
  }

  static String text(Duration d) {
    return TimeText.human(d);
  }
}
