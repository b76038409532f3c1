package dev.errand.os;

import dev.errand.browser.Display;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Opens a file with the desktop's opener: {@code xdg-open}, {@code open} or {@code start}. */
public final class FileOpener {

  private FileOpener() {}

  /** The opener's command line for {@code file} on {@code osName}. */
  public static List<String> command(Path file, String osName) {
    String os = osName.toLowerCase(Locale.ROOT);
    String f = file.toAbsolutePath().toString();
    if (os.contains("win")) {
      return List.of("cmd", "/c", "start", "\"\"", f);
    }
    if (os.contains("mac")) {
      return List.of("open", f);
    }
    return List.of("xdg-open", f);
  }

  /** Opens {@code file}; returns "" when it did, else why not. */
  public static String open(Path file, Map<String, String> vars, String osName) {
    if (!Display.present(vars, osName)) {
      return "no display";
    }
    List<String> command = command(file, osName);
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getOutputStream().close();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        return ""; // still opening: the opener has taken it
      }
      return p.exitValue() == 0 ? "" : command.get(0) + " failed with exit code " + p.exitValue();
    } catch (IOException e) {
      return "no " + command.get(0);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
