package dev.errand.handoff.page;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the person did on the handoff page, as the page posts it: one line, a verb and its
 * arguments. Points are fractions (0..1) of the picture's width and height, so they map onto the
 * viewport whatever size the picture was shown at.
 */
public sealed interface PageCommand {

  /** A tap or click at a point. */
  record Tap(double x, double y) implements PageCommand {}

  /** A scroll over a point, by fractions of the viewport. */
  record Scroll(double x, double y, double dx, double dy) implements PageCommand {}

  /** Text typed in the page's keyboard field. */
  record Type(String text) implements PageCommand {}

  /** One named key. */
  record Key(String name) implements PageCommand {}

  /** The person is done: errand carries on (as Enter in the terminal). */
  record Done() implements PageCommand {}

  /** The person aborts the run (as {@code a} in the terminal). */
  record Abort() implements PageCommand {}

  /** Keys the page may send: anything else is refused. */
  String KEYS = "Enter Backspace Tab Escape ArrowUp ArrowDown ArrowLeft ArrowRight";

  /** The most text one post may type. */
  int MAX_TEXT = 500;

  /** The command in {@code line}, or empty when it is not one. */
  static Optional<PageCommand> parse(String line) {
    String[] parts = line.strip().split(" ", 2);
    String verb = parts[0].toLowerCase(Locale.ROOT);
    String rest = parts.length > 1 ? parts[1] : "";
    try {
      return switch (verb) {
        case "tap" -> {
          double[] p = numbers(rest, 2);
          yield inside(p[0]) && inside(p[1]) ? Optional.of(new Tap(p[0], p[1])) : Optional.empty();
        }
        case "scroll" -> {
          double[] p = numbers(rest, 4);
          yield inside(p[0]) && inside(p[1]) && Math.abs(p[2]) <= 5 && Math.abs(p[3]) <= 5
              ? Optional.of(new Scroll(p[0], p[1], p[2], p[3]))
              : Optional.empty();
        }
        case "type" ->
            rest.isEmpty() || rest.length() > MAX_TEXT
                ? Optional.empty()
                : Optional.of(new Type(rest));
        case "key" ->
            !rest.isEmpty() && List.of(KEYS.split(" ", -1)).contains(rest)
                ? Optional.of(new Key(rest))
                : Optional.empty();
        case "done" -> Optional.of(new Done());
        case "abort" -> Optional.of(new Abort());
        default -> Optional.empty();
      };
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static double[] numbers(String text, int count) {
    String[] parts = text.strip().split(" +", -1);
    if (parts.length != count) {
      throw new NumberFormatException("expected " + count + " numbers");
    }
    double[] out = new double[count];
    for (int i = 0; i < count; i++) {
      out[i] = Double.parseDouble(parts[i]);
      if (!Double.isFinite(out[i])) {
        throw new NumberFormatException("not finite");
      }
    }
    return out;
  }

  private static boolean inside(double fraction) {
    return fraction >= 0 && fraction <= 1;
  }
}
