package dev.errand.cli;

import java.util.regex.Pattern;

/**
 * Takes Java's names out of a message meant for a person: a library's message such as {@code cannot
 * convert 'x' to URI (java.net.URISyntaxException: Illegal character …)} keeps what it says and
 * loses the class that said it.
 */
final class JavaNames {

  private static final Pattern QUALIFIED =
      Pattern.compile("(?:[a-z][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*)?");

  /** A type named in full ({@code interface java.nio.file.Path}): its simple name stays. */
  private static final Pattern TYPE =
      Pattern.compile("(?:(?:interface|class|enum|record) )?(?:[a-z][\\w$]*\\.)+([A-Z][\\w$]*)");

  private JavaNames() {}

  static String strip(String message) {
    String plain = QUALIFIED.matcher(message).replaceAll("").replace("()", "");
    return TYPE.matcher(plain).replaceAll("$1").strip();
  }

  /** What {@code e} says, without its class: its message, or a plain phrase when it has none. */
  static String said(Throwable e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? "something went wrong inside errand" : strip(m);
  }
}
