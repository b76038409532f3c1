package dev.errand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The dependency rules of the codebase, checked on the sources. */
class ArchitectureTest {

  static final Path MAIN = Path.of("src/main/java/dev/errand");

  static List<Path> sourcesImporting(String prefix) throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> read(p).lines().anyMatch(l -> l.startsWith("import " + prefix)))
          .collect(Collectors.toList());
    }
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void onlyTheBrowserAdapterImportsPlaywright() throws IOException {
    List<Path> outside =
        sourcesImporting("com.microsoft.playwright").stream()
            .filter(p -> !p.startsWith(MAIN.resolve("browser/pw")))
            .collect(Collectors.toList());
    assertEquals(List.of(), outside);
  }

  @Test
  void theBrowsersOtherRoomsNeverReachIntoTheAdapter() throws IOException {
    for (String room : List.of("discovery", "recognition", "strike", "pagescript")) {
      try (Stream<Path> files = Files.walk(MAIN.resolve("browser").resolve(room))) {
        for (Path p :
            files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
          assertFalse(
              read(p).contains("import dev.errand.browser.pw"), p + " must not import the adapter");
        }
      }
    }
  }

  @Test
  void theRunnerKnowsOnlyThePortAndTheModel() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN.resolve("run"))) {
      for (Path p :
          files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
        String src = read(p);
        for (String banned :
            new String[] {
              "import dev.errand.browser.pw",
              "import dev.errand.cli",
              "import dev.errand.journal",
              "import dev.errand.demo",
              "import java.io.PrintStream"
            }) {
          assertFalse(src.contains(banned), p + " must not " + banned);
        }
      }
    }
  }

  @Test
  void theRecipeModelDependsOnNothingOfOurs() throws IOException {
    try (Stream<Path> files = Files.list(MAIN.resolve("recipe"))) {
      for (Path p :
          files.filter(f -> f.toString().endsWith(".java")).collect(Collectors.toList())) {
        assertFalse(
            read(p)
                .lines()
                .anyMatch(
                    l ->
                        l.startsWith("import dev.errand.")
                            && !l.startsWith("import dev.errand.recipe")),
            p.toString());
      }
    }
  }
}
