package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.journal.event.JournalEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * No card data and no secrets in anything errand keeps: runs that type secrets into the demo's
 * {@code /membership} form, whose answer shows every value back, and that try to type a card number
 * (a recipe's literal, an input), then a search of every file of the attempt folder, traces
 * unpacked, for the secrets and the card number in every spelling: 0 hits.
 */
@Timeout(180)
class SecretsIT {

  static final String MEMBER = "MEMBER-77310-QX";
  static final String PASSWORD = "pw-Zq8v-echo-K2";
  static final String CARD = "4242 4242 4242 4242";
  static final List<String> NEEDLES =
      List.of(MEMBER, PASSWORD, CARD, CARD.replace(" ", ""), CARD.replace(" ", "-"));

  @TempDir Path tmp;
  DemoShop shop;

  @BeforeEach
  void start() throws IOException {
    shop = DemoShop.start(DemoShopConfig.opensIn(Duration.ofMinutes(5)).withoutRivals());
    Files.createDirectories(tmp.resolve("profiles"));
    Files.writeString(
        tmp.resolve("profiles/secret.conf"),
        "person { name = \"Alex Example\", email = \"alex@example.com\" }\n"
            + "secrets { member = \""
            + MEMBER
            + "\", shop-password = \""
            + PASSWORD
            + "\" }\n");
  }

  @AfterEach
  void stop() {
    if (shop != null) {
      shop.close();
    }
    RunIT.assertNoBrowserLeft();
  }

  CliRunner.Result run(String recipe, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                TestRecipes.path(recipe).toString(),
                "--site",
                shop.url().toString(),
                "--attempts",
                tmp.resolve("attempts").toString(),
                "--profile",
                "secret",
                "--handoff-ends-run"));
    args.addAll(List.of(extra));
    return new CliRunner(Path.of("").toAbsolutePath())
        .env("ERRAND_HOME", tmp.resolve("home").toString())
        .env("ERRAND_PROFILES", tmp.resolve("profiles").toString())
        .run(args.toArray(new String[0]));
  }

  @Test
  void typedSecretsShownBackByThePageAreInNoFileOfTheFailedRun() throws IOException {
    CliRunner.Result r = run("echo-secrets.yaml");
    assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
    assertTrue(r.out().contains("the membership was not linked"), r.out());
    List<JournalEvent> events = StrikeIT.journal(tmp.resolve("attempts"));
    List<String> files =
        StrikeIT.all(events, JournalEvent.Artifact.class).stream()
            .map(JournalEvent.Artifact::file)
            .toList();
    assertTrue(files.stream().anyMatch(f -> f.endsWith("failure.html")), files.toString());
    assertTrue(files.stream().anyMatch(f -> f.endsWith("echoed.png")), files.toString());
    assertTrue(files.stream().noneMatch(f -> f.endsWith(".zip")), "not traced: " + files);
    assertTrue(
        StrikeIT.all(events, JournalEvent.Note.class).stream()
            .anyMatch(n -> n.message().startsWith("no trace: this recipe types secrets")),
        events.toString());
    // the page did show them back: the saved HTML holds the echo, scrubbed
    String html = Files.readString(folder().resolve(htmlFile(files)));
    assertTrue(html.contains("No membership matches"), html);
    assertTrue(html.contains("••••••"), html);
    assertTrue(html.contains("Alex Example"), "what is not secret stays: " + html);
    assertNoHits(r);
  }

  @Test
  void aCardNumberInARecipeIsNeverTypedAndIsInNoFile() throws IOException {
    CliRunner.Result r = run("echo-card.yaml");
    assertTrue(r.out().contains("refused: errand never types a card number"), r.toString());
    assertEquals(ExitCode.OK, r.exitCode(), "ends at payment, honestly: " + r);
    List<JournalEvent> events = StrikeIT.journal(tmp.resolve("attempts"));
    assertEquals("reached-payment", StrikeIT.first(events, JournalEvent.Outcome.class).outcome());
    JournalEvent.Refused refused = StrikeIT.first(events, JournalEvent.Refused.class);
    assertTrue(refused != null && refused.step().contains("Full name"), events.toString());
    assertEquals(
        1,
        StrikeIT.all(events, JournalEvent.StepStart.class).stream()
            .filter(e -> e.step() != null && e.step().contains("Link membership"))
            .count(),
        "the run stopped at the refusal");
    assertNoHits(r);
  }

  @Test
  void aCardNumberGivenAsAnInputIsRefusedAndTheTraceHoldsNone() throws IOException {
    CliRunner.Result r = run("card-input.yaml", "-i", "member=" + CARD.replace(" ", ""));
    assertTrue(r.out().contains("refused: errand never types a card number"), r.toString());
    List<JournalEvent> events = StrikeIT.journal(tmp.resolve("attempts"));
    List<String> traces =
        StrikeIT.all(events, JournalEvent.Artifact.class).stream()
            .map(JournalEvent.Artifact::file)
            .filter(f -> f.endsWith(".zip"))
            .toList();
    assertFalse(traces.isEmpty(), "a run that types no secret is traced: " + events);
    assertNoHits(r);
  }

  private Path folder() throws IOException {
    return StrikeIT.journalFile(tmp.resolve("attempts")).getParent();
  }

  private static String htmlFile(List<String> files) {
    String f = files.stream().filter(s -> s.endsWith("failure.html")).findFirst().orElseThrow();
    return Path.of(f).getFileName().toString();
  }

  /** Every file of the attempt folder, zip entries unpacked, and the console: none holds any. */
  private void assertNoHits(CliRunner.Result r) throws IOException {
    List<String> hits = new ArrayList<>();
    int[] searched = {0};
    try (Stream<Path> all = Files.walk(tmp.resolve("attempts"))) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        byte[] bytes = Files.readAllBytes(file);
        search(file.toString(), bytes, hits, searched);
        if (file.toString().endsWith(".zip")) {
          try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
              search(file + "!" + e.getName(), readAll(zip), hits, searched);
            }
          }
        }
      }
    }
    search("console", r.toString().getBytes(StandardCharsets.UTF_8), hits, searched);
    assertTrue(searched[0] >= 4, "searched " + searched[0] + " files");
    assertEquals(List.of(), hits, "secrets or card numbers kept");
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    in.transferTo(out);
    return out.toByteArray();
  }

  private static void search(String name, byte[] bytes, List<String> hits, int[] searched) {
    searched[0]++;
    // latin-1 keeps every byte as one char: UTF-8 text and binary files alike
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    for (String needle : NEEDLES) {
      if (text.contains(needle)) {
        hits.add(name + ": " + needle);
      }
    }
  }
}
