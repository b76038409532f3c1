package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.attempt.SiteLock;
import dev.errand.browser.PageSketch;
import dev.errand.recipe.schema.RecipeSchema;
import dev.errand.scaffold.ScaffoldText;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code errand new} without a browser: what it writes validates (with what a page showed, awkward
 * names included, and as the generic skeleton), a bad URL is one line, a file is never overwritten.
 */
@Timeout(60)
class NewCommandTest {

  @TempDir Path dir;

  static final OffsetDateTime RELEASE = OffsetDateTime.of(2030, 1, 2, 10, 0, 0, 0, ZoneOffset.UTC);

  CliRunner cli() {
    return new CliRunner(dir).env("ERRAND_HOME", dir.resolve("home").toString());
  }

  CliRunner.Result validate(String text) throws IOException {
    Path file = Files.writeString(dir.resolve("scaffold.yaml"), text);
    return new CliRunner(Path.of("").toAbsolutePath()).run("validate", file.toString());
  }

  @Test
  void theGenericSkeletonValidates() throws IOException {
    String text =
        ScaffoldText.write(
            "my-shop",
            URI.create("https://shop.example.com/"),
            Optional.empty(),
            RELEASE,
            RecipeSchema.modeline("recipe.schema.json"));
    assertTrue(text.startsWith("# yaml-language-server: $schema=recipe.schema.json\n"), text);
    for (String part :
        List.of(
            "apiVersion: errand/v1",
            "site: https://shop.example.com/",
            "allowed-domains: [shop.example.com]",
            "release: 2030-01-02T10:00:00Z",
            "release-window: 10s",
            "arm:",
            "at-release:",
            "after:",
            "reason: payment",
            "The page did not answer")) {
      assertTrue(text.contains(part), part + " in:\n" + text);
    }
    CliRunner.Result r = validate(text);
    assertEquals(ExitCode.OK, r.exitCode(), r + "\n" + text);
  }

  @Test
  void whatThePageShowedBecomesPlaceholdersThatValidate() throws IOException {
    PageSketch survey =
        new PageSketch(
            "https://tickets.example.com:8443/events/aurora?day=2",
            "Aurora: live — \"tickets\" ${x}",
            "Aurora Live #1",
            List.of(
                new PageSketch.Control("button", "Accept all"),
                new PageSketch.Control("link", "Basket"),
                new PageSketch.Control("button", "Add to basket"),
                new PageSketch.Control("button", "true"),
                new PageSketch.Control("link", "Say: \"hi\", {now} [ok] #1")),
            List.of(
                new PageSketch.Field("Ticket type", "select", "", "select-one"),
                new PageSketch.Field("Quantity", "select", "", "select-one"),
                new PageSketch.Field("County", "text", "", "text"),
                new PageSketch.Field("E-mail address", "text", "", "text"),
                new PageSketch.Field("Password", "password", "", "password"),
                new PageSketch.Field("Keep me posted", "check", "", "checkbox")),
            Optional.of(
                new PageSketch.Banner("the cookie banner \"We use cookies\"", "Accept all")));
    String text =
        ScaffoldText.write(
            "aurora",
            URI.create("https://tickets.example.com:8443/events/aurora?day=2"),
            Optional.of(survey),
            RELEASE,
            RecipeSchema.modeline("recipe.schema.json"));
    for (String part :
        List.of(
            "site: https://tickets.example.com:8443/",
            "goto: \"/events/aurora?day=2\"",
            "- click: {role: button, name: Add to basket}   # found on the page",
            "- select: {label: Ticket type, option: \"${inputs.ticket-type}\"}",
            "- select: {label: Quantity, option: \"${quantity}\"}",
            "ticket-type: {description:",
            "# - click: {role: link, name: Basket}",
            "# - fill: {label: County, value: \"${profile.address.region}\"}",
            "# - fill: {label: E-mail address, value: \"${profile.email}\"}",
            "{role: button, name: Accept all}",
            "a cookie banner")) {
      assertTrue(text.contains(part), part + " in:\n" + text);
    }
    CliRunner.Result r = validate(text);
    assertEquals(ExitCode.OK, r.exitCode(), r + "\n" + text);
    assertTrue(r.out().contains("Aurora: live"), r.out());
  }

  @Test
  void aBadUrlIsOneLine() {
    for (String bad :
        List.of("not a url", "ftp://shop.example.com/", "https://", "shop.example.com")) {
      CliRunner.Result r = cli().run("new", "shop", "--url", bad);
      assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().contains("is not a web page's address"), r.err());
    }
    assertTrue(Files.notExists(dir.resolve("shop.yaml")));
  }

  @Test
  void aSiteARunIsOnIsNotLookedAt() {
    URI site = URI.create("https://shop.example.com/");
    SiteLock run = SiteLock.take(dir.resolve("home/locks"), site, "alice", java.time.Instant.now());
    try {
      CliRunner.Result r = cli().run("new", "shop", "--url", site + "events/x");
      assertEquals(ExitCode.SITE_BUSY, r.exitCode(), r.toString());
      assertTrue(r.err().contains("another errand run is on"), r.err());
    } finally {
      run.close();
    }
    assertTrue(Files.notExists(dir.resolve("shop.yaml")));
  }

  @Test
  void anExistingFileIsNeverOverwritten() throws IOException {
    Files.writeString(dir.resolve("shop.yaml"), "mine\n");
    CliRunner.Result r = cli().run("new", "shop", "--url", "https://shop.example.com/");
    assertEquals(ExitCode.BAD_INPUT, r.exitCode(), r.toString());
    assertTrue(r.err().contains("never overwrites"), r.err());
    assertEquals("mine\n", Files.readString(dir.resolve("shop.yaml")));
    CliRunner.Result badName = cli().run("new", "../x", "--url", "https://shop.example.com/");
    assertEquals(ExitCode.BAD_INPUT, badName.exitCode(), badName.toString());
  }
}
