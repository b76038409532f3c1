package dev.errand.recipe.parse;

import dev.errand.recipe.Recipe;
import dev.errand.recipe.SourcePos;
import dev.errand.text.InputLimits;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses and validates a recipe ({@code apiVersion: errand/v1}) into a {@link Recipe}, or throws a
 * {@link RecipeException} listing every problem as {@code file:line:col: message}.
 *
 * <p>The YAML is read with snakeyaml's {@code compose} (a node tree with line and column marks);
 * the values are then checked by small readers, one per part of the format.
 */
public final class RecipeParser {

  private RecipeParser() {}

  /**
   * Reads and parses {@code file}. {@link Recipe#source()} is {@code file} as given and {@link
   * Recipe#sha256()} the hex SHA-256 of its bytes.
   *
   * @param scope the profile keys and secret names that {@code ${profile.…}} and {@code
   *     ${secrets.…}} may name
   * @throws RecipeException when the file can't be read or the recipe is invalid
   */
  public static Recipe parse(Path file, VariableScope scope) {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > InputLimits.MAX_BYTES) {
        throw single(file, InputLimits.tooBig("recipe", size), null);
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw single(file, "cannot read the recipe: " + reason(e), null);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw single(file, "cannot read the recipe: it is not UTF-8 text", null);
    }
    return parse(text, bytes, file, scope);
  }

  /**
   * Parses recipe text; {@code nameForMessages} is used in diagnostics and as {@link
   * Recipe#source()}; the SHA-256 is of the text's UTF-8 bytes.
   *
   * @throws RecipeException when the recipe is invalid
   */
  public static Recipe parse(String yamlText, Path nameForMessages, VariableScope scope) {
    return parse(yamlText, yamlText.getBytes(StandardCharsets.UTF_8), nameForMessages, scope);
  }

  private static Recipe parse(String text, byte[] bytes, Path file, VariableScope scope) {
    if (bytes.length > InputLimits.MAX_BYTES) {
      throw single(file, InputLimits.tooBig("recipe", bytes.length), null);
    }
    String yaml = text.startsWith("\uFEFF") ? text.substring(1) : text;
    SourceLimits.longLine(yaml)
        .ifPresent(
            at -> {
              throw new RecipeException(
                  List.of(
                      new Diagnostic(
                          new SourcePos(file, at, SourceLimits.MAX_LINE + 1),
                          SourceLimits.lineTooLong())),
                  yaml);
            });
    YamlSource source = new YamlSource(file, yaml);
    Problems problems = new Problems(source);
    Node root = source.compose(problems);
    Recipe recipe = null;
    if (root != null) {
      recipe = new RecipeReader(problems, scope).read(root, file, sha256(bytes));
    }
    if (recipe == null || !problems.isEmpty()) {
      throw new RecipeException(problems.sorted(), yaml);
    }
    return recipe;
  }

  private static RecipeException single(Path file, String message, @Nullable String text) {
    return new RecipeException(List.of(new Diagnostic(new SourcePos(file, 0, 0), message)), text);
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("directory")) {
      return "it is a directory";
    }
    return e.getMessage() == null ? "I/O error" : e.getMessage();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
