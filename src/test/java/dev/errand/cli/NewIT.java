package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.RequestLog;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code errand new} on the demo shop's event page: one page load, and a recipe whose placeholders
 * name the page's real controls (its buy button, its ticket form, its cookie banner) and that
 * {@code errand validate} accepts and {@code errand run} runs, as written, up to the payment
 * handoff. A page that does not answer gives the generic skeleton, said in one line, which
 * validates too.
 */
@Timeout(120)
class NewIT {

  @TempDir Path tmp;

  CliRunner cli() {
    return new CliRunner(tmp).env("ERRAND_HOME", tmp.resolve("home").toString());
  }

  @Test
  void theEventPagesControlsBecomeThePlaceholdersAndTheRecipeValidates() throws IOException {
    String text;
    List<RequestLog.Entry> pageLoads;
    try (DemoShop shop = DemoShop.start(DemoShopConfig.opensAt(Instant.now().minusSeconds(1)))) {
      CliRunner.Result r =
          cli().run("new", "aurora", "--url", shop.eventUrl().toString(), "--timeout", "20s");
      assertEquals(ExitCode.OK, r.exitCode(), r.toString());
      assertTrue(r.out().contains("wrote aurora.yaml"), r.out());
      assertTrue(r.out().contains("a cookie banner"), r.out());
      pageLoads =
          shop.requestLog().entries().stream()
              .filter(e -> e.fetchDest().map("document"::equals).orElse(false))
              .toList();
      text = Files.readString(tmp.resolve("aurora.yaml"));
      // outside a checkout, the schema the first line names is written beside the recipe
      assertTrue(text.startsWith("# yaml-language-server: $schema=recipe.schema.json\n"), text);
      assertTrue(Files.isRegularFile(tmp.resolve("recipe.schema.json")), r.out());
      // as written, with only the input it declares given, it buys up to the payment handoff
      CliRunner.Result run =
          cli()
              .env("ERRAND_PROFILES", Path.of("profiles").toAbsolutePath().toString())
              .run(
                  "run",
                  "aurora.yaml",
                  "--profile",
                  "example",
                  "--now",
                  "--headless",
                  "--handoff-ends-run",
                  "-i",
                  "ticket-type=Standing",
                  "--attempts",
                  tmp.resolve("attempts").toString());
      assertTrue(run.out().contains("outcome: reached-payment"), run + "\n" + text);
    }
    assertEquals(1, pageLoads.size(), "errand new loads the page once: " + pageLoads);
    for (String part :
        List.of(
            "# yaml-language-server: $schema=",
            "site: http://127.0.0.1:",
            "allowed-domains: [127.0.0.1]",
            "goto: \"/events/aurora-live\"",
            "- click: {role: button, name: Add to basket}   # found on the page",
            "- select: {role: combobox, name: Ticket type, option: \"${inputs.ticket-type}\"}",
            "- select: {label: Quantity, option: \"${quantity}\"}",
            "# The cookie wall: the cookie banner",
            "reason: payment")) {
      assertTrue(text.contains(part), part + " in:\n" + text);
    }
    CliRunner.Result valid = cli().run("validate", "aurora.yaml");
    assertEquals(ExitCode.OK, valid.exitCode(), valid + "\n" + text);
    assertTrue(valid.out().contains("ok aurora.yaml"), valid.out());
  }

  @ParameterizedTest
  @EnumSource(
      value = DemoShopConfig.Consent.class,
      names = {"ONETRUST", "COOKIEBOT", "DIDOMI", "NONE"})
  void theCookieBannerIsNamedByItsOwnMarkupOrNotAtAll(DemoShopConfig.Consent consent)
      throws IOException {
    String text;
    try (DemoShop shop =
        DemoShop.start(
            DemoShopConfig.opensAt(Instant.now().minusSeconds(1)).withConsent(consent))) {
      CliRunner.Result r = cli().run("new", "shop", "--url", shop.eventUrl().toString());
      assertEquals(ExitCode.OK, r.exitCode(), r.toString());
      text = Files.readString(tmp.resolve("shop.yaml"));
    }
    if (consent == DemoShopConfig.Consent.NONE) {
      assertTrue(text.contains("# The cookie wall: an optional click on the usual"), text);
    } else {
      String manager = consent.name().equals("ONETRUST") ? "OneTrust" : consent.name();
      assertTrue(
          text.toLowerCase(java.util.Locale.ROOT)
              .contains("# the cookie wall: the " + manager.toLowerCase(java.util.Locale.ROOT)),
          text);
    }
    assertTrue(text.contains("- click: {role: button, name: Add to basket}"), text);
  }

  @Test
  void aPageThatDoesNotAnswerGivesTheGenericSkeleton() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing answers there
    }
    CliRunner.Result r =
        cli()
            .run(
                "new",
                "gone",
                "--url",
                "http://127.0.0.1:" + port + "/events/x",
                "--out",
                "recipes/gone.yaml",
                "--timeout",
                "5s");
    assertEquals(ExitCode.OK, r.exitCode(), r.toString());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    assertTrue(r.err().contains("the page did not answer"), r.err());
    String text = Files.readString(tmp.resolve("recipes/gone.yaml"));
    assertTrue(text.contains("The page did not answer"), text);
    CliRunner.Result valid = cli().run("validate", "recipes/gone.yaml");
    assertEquals(ExitCode.OK, valid.exitCode(), valid + "\n" + text);
  }
}
