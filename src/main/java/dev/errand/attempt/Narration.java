package dev.errand.attempt;

import dev.errand.text.Styles;

/**
 * Where an attempt tells the person what is happening, line by line: the CLI's console (which owns
 * verbosity, colour and the rewriting status line), or nowhere (the bench). Its {@link Styles} only
 * mark emphasis.
 */
public interface Narration extends Styles {

  /** Normal output; hidden when the person asked for less. */
  void info(String line);

  /** Output that matters even when the person asked for less (the outcome). */
  void always(String line);

  /** Extra detail, shown only when the person asked for more. */
  void detail(String line);

  void warn(String line);

  /**
   * A line that replaces itself where it can (a countdown); else printed only if {@code
   * printAnyway}.
   */
  void status(String line, boolean printAnyway);

  /** Says nothing at all. */
  static Narration silent() {
    return new Narration() {
      @Override
      public void info(String line) {}

      @Override
      public void always(String line) {}

      @Override
      public void detail(String line) {}

      @Override
      public void warn(String line) {}

      @Override
      public void status(String line, boolean printAnyway) {}
    };
  }
}
