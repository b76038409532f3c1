package dev.errand.recipe;

/** Why errand gives the person the wheel. */
public enum HandoffReason {
  CHALLENGE("challenge"),
  PAYMENT("payment"),
  OTHER("other");

  private final String yamlName;

  HandoffReason(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }
}
