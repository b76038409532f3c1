package dev.errand.browser.discovery;

import java.util.Locale;

/** The operating system families whose browser locations errand knows. */
enum HostOs {
  LINUX('/', ':'),
  MAC('/', ':'),
  WINDOWS('\\', ';');

  final char separator;
  final char pathListSeparator;

  HostOs(char separator, char pathListSeparator) {
    this.separator = separator;
    this.pathListSeparator = pathListSeparator;
  }

  /** The family of an {@code os.name} value; other Unixes count as Linux. */
  static HostOs fromName(String osName) {
    String n = osName.toLowerCase(Locale.ROOT);
    if (n.startsWith("windows")) {
      return WINDOWS;
    }
    if (n.startsWith("mac") || n.startsWith("darwin")) {
      return MAC;
    }
    return LINUX;
  }

  static HostOs current() {
    return fromName(System.getProperty("os.name", "linux"));
  }

  /** {@code parts} joined with this system's separator, without doubling separators. */
  String join(String first, String... more) {
    StringBuilder sb = new StringBuilder(first);
    for (String part : more) {
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != separator) {
        sb.append(separator);
      }
      sb.append(part);
    }
    return sb.toString();
  }
}
