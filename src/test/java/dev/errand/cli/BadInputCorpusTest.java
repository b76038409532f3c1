package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of bad input, made at test time from the project's own recipes and profile with a fixed
 * seed: mutated recipes (lines dropped, doubled, cut, re-indented; values of the wrong type;
 * unknown and duplicate keys; deep nesting, alias bombs, huge scalars, binary junk, bytes that are
 * not UTF-8), mutated profiles, and bad command lines. Each must end with clear lines, never a
 * stack trace or a Java class name: exit 2 with {@code file:line:col} where the problem has a place
 * (or exit 0, when a mutation happened to leave a valid file), within 5 s, and no attempt folder.
 */
class BadInputCorpusTest {

  static final long SEED = 20261205L;
  static final int RECIPES = 1000;
  static final int PROFILES = 300;
  static final long PER_INPUT_MS = 5_000;

  /** What must never reach a person: a stack frame, an exception's or a Java class's name. */
  static final Pattern JAVA_NAMES =
      Pattern.compile(
          "\\b(?:[A-Z][A-Za-z0-9]*(?:Exception|Error)|Throwable)\\b"
              + "|\\b(?:java|javax|jdk|sun|org|com|dev)\\.[a-z][a-z0-9_]*\\.[A-Za-z]"
              + "|^\\s+at [\\w$.]+\\(|\\.java:\\d+\\)",
          Pattern.MULTILINE);

  @TempDir Path dir;

  final Random random = new Random(SEED);

  CliRunner cli() {
    return new CliRunner(dir)
        .env("ERRAND_HOME", dir.resolve("home").toString())
        .env("ERRAND_PROFILES", dir.resolve("profiles").toString());
  }

  @Test
  @Timeout(600)
  void aThousandMutatedRecipesAreRefusedClearly() throws IOException {
    Files.createDirectories(dir.resolve("profiles"));
    Files.copy(Path.of("profiles/example.conf"), dir.resolve("profiles/example.conf"));
    List<byte[]> seeds = seedRecipes();
    for (int i = 0; i < RECIPES; i++) {
      byte[] base = seeds.get(random.nextInt(seeds.size()));
      Mutated m = mutate(base, i);
      Path file = dir.resolve("r" + i + ".yaml");
      Files.write(file, m.bytes());
      check("validate", file, m.how(), cli(), "validate", file.toString());
    }
    assertTrue(Files.notExists(dir.resolve("attempts")), "no attempt folder");
  }

  @Test
  @Timeout(300)
  void threeHundredMutatedProfilesAreRefusedClearly() throws IOException {
    Path profiles = Files.createDirectories(dir.resolve("profiles"));
    byte[] base = Files.readAllBytes(Path.of("profiles/example.conf"));
    for (int i = 0; i < PROFILES; i++) {
      Mutated m = mutate(base, i);
      Files.write(profiles.resolve("p" + i + ".conf"), m.bytes());
      check(
          "profile",
          profiles.resolve("p" + i + ".conf"),
          m.how(),
          cli(),
          "validate",
          Path.of("recipes/demo-shop.yaml").toAbsolutePath().toString(),
          "--profile",
          "p" + i);
    }
    assertTrue(Files.notExists(dir.resolve("attempts")), "no attempt folder");
  }

  @Test
  @Timeout(120)
  void badCommandLinesAreRefusedClearly() throws IOException {
    Path recipe = Path.of("recipes/demo-shop.yaml").toAbsolutePath();
    String r = recipe.toString();
    List<List<String>> lines =
        List.of(
            List.of("run"),
            List.of("run", r, "--lead"),
            List.of("run", r, "--lead", "5x"),
            List.of("run", r, "--lead", "-3m"),
            List.of("run", r, "--at", "tomorrow-ish"),
            List.of("run", r, "--at", "2020-01-01T00:00:00Z"),
            List.of("run", r, "-i", "noequals"),
            List.of("run", r, "--queue-timeout", "forever"),
            List.of("run", r, "--site", "not a url"),
            List.of("run", r, "--site", "ftp://shop.example/"),
            List.of("run", r, "--profile", "../../etc/passwd"),
            List.of("run", r, "--profile", "nope"),
            List.of("run", r, "--remote-handoff=99999"),
            List.of("run", r, "--bogus"),
            List.of("run", dir.resolve("missing.yaml").toString()),
            List.of("run", dir.toString()),
            List.of("validate"),
            List.of("validate", "\u0000"),
            List.of("demo", "--release-in", "soon"),
            List.of("demo", "--skew", "a lot"),
            List.of("demo-shop", "--port", "-1"),
            List.of("demo-shop", "--errors", "300%"),
            List.of("bench", "--drops", "0"),
            List.of("bench", "--kind", "nope"),
            List.of("attempts", "show", "nope", "--dir", dir.toString()),
            List.of("clock"),
            List.of("clock", "not a url"),
            List.of("frobnicate"),
            List.of("--no-such-option"));
    for (List<String> args : lines) {
      CliRunner.Result result = cli().run(args.toArray(new String[0]));
      assertEquals(ExitCode.BAD_INPUT, result.exitCode(), args + " → " + result);
      String said = result.out() + result.err();
      assertTrue(!said.isBlank(), args + " says why");
      if (JAVA_NAMES.matcher(said).find()) {
        fail(args + " shows a Java name: " + said);
      }
      assertTrue(Files.notExists(dir.resolve("attempts")), "no attempt folder: " + args);
    }
  }

  @Test
  @Timeout(60)
  void aRecipeOverAMegabyteIsRefusedAtOnce() throws IOException {
    Path huge = dir.resolve("huge.yaml");
    String name = "x".repeat(20 * 1024 * 1024);
    Files.writeString(huge, "apiVersion: errand/v1\nname: " + name + "\nsite: http://a.example/\n");
    long start = System.nanoTime();
    CliRunner.Result r = cli().run("validate", huge.toString());
    long ms = (System.nanoTime() - start) / 1_000_000;
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("errand reads recipes up to 1 MB"), r.err());
    assertTrue(ms < PER_INPUT_MS, "refused in " + ms + " ms");
    Path longLine = dir.resolve("long-line.yaml");
    Files.writeString(
        longLine, "apiVersion: errand/v1\nname: " + "y".repeat(900 * 1024) + "\nsite: http://a/\n");
    start = System.nanoTime();
    r = cli().run("validate", longLine.toString());
    ms = (System.nanoTime() - start) / 1_000_000;
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("long-line.yaml:2:16385: this line is longer than"), r.err());
    assertTrue(r.err().length() < 2_000, "the long line is not printed whole");
    assertTrue(ms < PER_INPUT_MS, "refused in " + ms + " ms");
  }

  /** Runs one input and checks what it said, its exit and its time. */
  void check(String kind, Path file, String how, CliRunner cli, String... args) {
    long start = System.nanoTime();
    CliRunner.Result r = cli.run(args);
    long ms = (System.nanoTime() - start) / 1_000_000;
    String context = kind + " " + file.getFileName() + " (" + how + ") → " + r;
    assertTrue(ms < PER_INPUT_MS, context + " took " + ms + " ms");
    assertTrue(
        r.exitCode() == ExitCode.OK || r.exitCode() == ExitCode.BAD_INPUT,
        "exit 0 or 2: " + context);
    String said = r.out() + r.err();
    if (JAVA_NAMES.matcher(said).find()) {
      fail("a Java name reached the person: " + context);
    }
    if (r.exitCode() == ExitCode.BAD_INPUT) {
      String first = r.err().lines().findFirst().orElse("");
      assertTrue(first.contains(file.getFileName().toString()), "names the file: " + context);
    }
  }

  List<byte[]> seedRecipes() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("recipes"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        seeds.add(Files.readAllBytes(f));
      }
    }
    return seeds;
  }

  record Mutated(byte[] bytes, String how) {}

  /** One mutation of {@code base}, chosen by {@code i} and the seeded random. */
  Mutated mutate(byte[] base, int i) {
    String text = new String(base, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>(text.lines().toList());
    int at = random.nextInt(Math.max(1, lines.size()));
    String line = lines.isEmpty() ? "" : lines.get(at);
    switch (i % 16) {
      case 0 -> lines.remove(at);
      case 1 -> lines.add(at, line);
      case 2 -> {
        byte[] cut = new byte[random.nextInt(base.length)];
        System.arraycopy(base, 0, cut, 0, cut.length);
        return new Mutated(cut, "cut at byte " + cut.length);
      }
      case 3 -> lines.set(at, " ".repeat(1 + random.nextInt(5)) + line);
      case 4 -> lines.set(at, line.replaceFirst(":\\s.*$", ": [1, {a: b}, [c]]"));
      case 5 -> lines.set(at, line.replaceFirst(":\\s.*$", ": {x: 1}"));
      case 6 -> lines.add(at, line.replaceFirst("^(\\s*-?\\s*)[\\w-]+", "$1unknwn-key"));
      case 7 ->
          lines.set(at, line.replaceFirst(":\\s.*$", ": " + "[".repeat(200) + "]".repeat(200)));
      case 8 -> {
        StringBuilder bomb =
            new StringBuilder("x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol]\n");
        String prev = "a";
        for (char c = 'b'; c <= 'j'; c++) {
          bomb.append("x-").append(c).append(": &").append(c).append(" [");
          for (int k = 0; k < 8; k++) {
            bomb.append(k == 0 ? "" : ", ").append('*').append(prev);
          }
          bomb.append("]\n");
          prev = String.valueOf(c);
        }
        return new Mutated((bomb + text).getBytes(StandardCharsets.UTF_8), "alias bomb");
      }
      case 9 -> lines.set(at, line.replaceFirst(":\\s.*$", ": " + "z".repeat(300_000)));
      case 10 -> {
        byte[] junk = new byte[base.length];
        random.nextBytes(junk);
        return new Mutated(junk, "binary junk");
      }
      case 11 -> {
        byte[] latin = base.clone();
        latin[random.nextInt(latin.length)] = (byte) (0xC0 | random.nextInt(0x20));
        if (latin.length > 1) {
          latin[random.nextInt(latin.length)] = (byte) 0xFF;
        }
        return new Mutated(latin, "bytes that are not UTF-8");
      }
      case 12 -> lines.set(at, line.replace(":", ""));
      case 13 ->
          lines.set(
              at,
              line.replaceFirst(
                  ":\\s.*$", Matcher.quoteReplacement(": \"${profile.nope}\" ${secrets.x}")));
      case 14 -> lines.set(at, line + "\t\u0000\u0007");
      default -> {
        for (int k = 0; k < 3; k++) {
          int j = random.nextInt(Math.max(1, lines.size()));
          if (!lines.isEmpty()) {
            String l = lines.get(j);
            int c = l.isEmpty() ? 0 : random.nextInt(l.length());
            lines.set(j, l.substring(0, c) + "%&*!{[".charAt(random.nextInt(6)) + l.substring(c));
          }
        }
      }
    }
    return new Mutated(
        String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "mutation " + (i % 16));
  }
}
