package dev.errand.profile;

import java.util.List;

/** A profile could not be loaded; each problem is one line {@code file:line: message}. */
public class ProfileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public ProfileException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
