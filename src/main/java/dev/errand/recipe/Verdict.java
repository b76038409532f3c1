package dev.errand.recipe;

/** What a failed {@code expect} means for the attempt. */
public enum Verdict {
  FAILED("failed"),
  SOLD_OUT("sold-out"),
  TOO_EARLY("too-early"),
  BLOCKED("blocked");

  private final String yamlName;

  Verdict(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }
}
