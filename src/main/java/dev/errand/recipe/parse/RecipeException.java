package dev.errand.recipe.parse;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A recipe that cannot be used, with every problem found (not just the first). The message is the
 * diagnostics, one {@code file:line:col: message} per line.
 */
public class RecipeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<Diagnostic> diagnostics;
  private final transient @Nullable String sourceText;

  public RecipeException(List<Diagnostic> diagnostics, @Nullable String sourceText) {
    super(diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
    this.sourceText = sourceText;
  }

  /** The problems, in source order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The recipe text, when it could be read (for {@link Diagnostic#formatWithCaret}). */
  public Optional<String> sourceText() {
    return Optional.ofNullable(sourceText);
  }
}
