package dev.errand.recipe;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Where something was written: {@code recipe.yaml:12:5}. Line and column are 1-based. */
public record SourcePos(@Nullable Path file, int line, int column) {

  public static final SourcePos UNKNOWN = new SourcePos(null, 0, 0);

  @Override
  public String toString() {
    String f = file == null ? "<recipe>" : file.toString();
    return line <= 0 ? f : f + ":" + line + ":" + column;
  }
}
