package dev.errand.recipe;

/** The recipe's sections, in the order they run. */
public enum Phase {
  /** Before the release instant: open pages, check login, get ready. */
  ARM("arm"),
  /** At the release instant (right away when the recipe has no release time). */
  AT_RELEASE("at-release"),
  /** After the at-release steps: basket, checkout, handoffs. */
  AFTER("after");

  private final String yamlName;

  Phase(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }
}
