package dev.errand.check;

import java.util.List;

/**
 * One line of {@code errand check}'s report: a mark, where in the recipe ({@code recipe.yaml:21},
 * or what part of the check), what was found, and the lines under it (the closest controls, the
 * YAML that would match, advice).
 */
public record CheckLine(CheckLine.Mark mark, String where, String what, List<String> details) {

  public CheckLine {
    details = List.copyOf(details);
  }

  CheckLine(Mark mark, String where, String what) {
    this(mark, where, what, List.of());
  }

  /** ✓ holds; ✗ fails (no-go); · to know, or for later (at the release); – not checked. */
  public enum Mark {
    PASS("✓"),
    FAIL("✗"),
    NOTE("·"),
    SKIPPED("–");

    private final String symbol;

    Mark(String symbol) {
      this.symbol = symbol;
    }

    public String symbol() {
      return symbol;
    }
  }
}
