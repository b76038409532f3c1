package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.RequestLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code errand check} against the demo shop in a real browser: a rotted locator is reported with
 * the line that would match (and that line makes the check pass), the page's own release instant is
 * read to the millisecond, the countdown, buy-form and server-rendered sale pages are told apart, a
 * login that does not hold says how to refresh it, and nothing is ever submitted (the shop's
 * request log has no POST, no basket and no order).
 */
@Timeout(180)
class CheckIT {

  private static final Pattern SUGGESTED = Pattern.compile("this line would match: (.+)");

  @Test
  void aRottedLocatorComesWithTheLineThatMatchesAndThatLinePasses(@TempDir Path dir)
      throws Exception {
    DemoShopConfig config =
        DemoShopConfig.opensIn(Duration.ofMinutes(5))
            .withoutRivals()
            .withSalePage(DemoShopConfig.SalePage.FORM);
    try (DemoShop shop = DemoShop.start(config)) {
      CliRunner.Result broken = check(dir, shop, TestRecipes.path("check-broken.yaml"));

      assertEquals(ExitCode.RUN_FAILED, broken.exitCode(), broken.toString());
      assertTrue(broken.out().contains("check-broken.yaml:18 click"), broken.out());
      assertTrue(broken.out().contains("click {role: button, name: 'Add to cart'}"), broken.out());
      assertTrue(broken.out().contains("button \"Add to basket\""), broken.out());
      Matcher m = SUGGESTED.matcher(broken.out());
      assertTrue(m.find(), broken.out());
      String line = m.group(1).trim();
      assertEquals("click: {role: button, name: Add to basket}", line);
      assertTrue(broken.out().contains("the buy controls are on the page already"), broken.out());

      String text = Files.readString(TestRecipes.path("check-broken.yaml"), StandardCharsets.UTF_8);
      Path fixed = dir.resolve("check-broken.yaml");
      Files.writeString(fixed, text.replace("click: {role: button, name: Add to cart}", line));
      CliRunner.Result passed = check(dir, shop, fixed);

      assertEquals(ExitCode.OK, passed.exitCode(), passed.toString());
      assertTrue(passed.out().contains("go: nothing failed"), passed.out());
      assertTrue(passed.out().contains("site clock"), passed.out());
      assertNothingSubmitted(shop);
    }
    RunIT.assertNoBrowserLeft();
  }

  @Test
  void aCountdownPageGivesItsOwnReleaseInstantToTheMillisecond(@TempDir Path dir) throws Exception {
    Instant release = Instant.now().plusSeconds(90).truncatedTo(ChronoUnit.SECONDS).plusMillis(63);
    DemoShopConfig config = DemoShopConfig.opensAt(release).withoutRivals();
    try (DemoShop shop = DemoShop.start(config)) {
      Instant recipeSays = release.truncatedTo(ChronoUnit.SECONDS);
      CliRunner.Result r =
          check(dir, shop, Path.of("recipes/demo-shop.yaml"), "--at", recipeSays.toString());

      String hms = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC).format(release);
      assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
      assertTrue(r.out().contains(hms + ".063 UTC; the recipe says "), r.out());
      assertTrue(r.out().contains("errand would act 63 ms early by the page's own time"), r.out());
      assertTrue(r.out().contains("a countdown"), r.out());
      // the at-release steps' controls show only at the release: not failures before it
      assertTrue(r.out().contains("not on the page yet (it shows at the release)"), r.out());
      assertEquals(1, count(r.out(), "\n✗ "), r.out());

      CliRunner.Result agreed =
          check(dir, shop, Path.of("recipes/demo-shop.yaml"), "--at", release.toString());
      assertEquals(ExitCode.OK, agreed.exitCode(), agreed.toString());
      assertTrue(agreed.out().contains("they agree"), agreed.out());
      assertNothingSubmitted(shop);
    }
    RunIT.assertNoBrowserLeft();
  }

  @Test
  void aServerRenderedPageIsToldApartAndAnExpiredLoginSaysHowToRefreshIt(@TempDir Path dir)
      throws Exception {
    DemoShopConfig config =
        DemoShopConfig.opensIn(Duration.ofMinutes(5))
            .withoutRivals()
            .withSalePage(DemoShopConfig.SalePage.SERVER);
    try (DemoShop shop = DemoShop.start(config)) {
      CliRunner.Result r = check(dir, shop, TestRecipes.path("check-login.yaml"));

      assertEquals(ExitCode.RUN_FAILED, r.exitCode(), r.toString());
      assertTrue(r.out().contains("server-rendered"), r.out());
      assertTrue(r.out().contains("the recipe's at-release starts with reload already"), r.out());
      assertTrue(r.out().contains("✗ logged-in"), r.out());
      assertTrue(r.out().contains("not logged in"), r.out());
      assertTrue(
          r.out()
              .contains(
                  "- handoff: {reason: other, message: Log in, until: {visible: {role:"
                      + " link, name: Sign out}}}"),
          r.out());
      assertTrue(r.out().contains("when: {hidden: {role: link, name: Sign out}}"), r.out());
      assertNothingSubmitted(shop);
    }
    RunIT.assertNoBrowserLeft();
  }

  @Test
  void aPageThatPollsIsToldApartWithItsIntervalAndNotifyTestsTheChannels(@TempDir Path dir)
      throws Exception {
    DemoShopConfig config =
        DemoShopConfig.opensIn(Duration.ofMinutes(5))
            .withoutRivals()
            .withSalePage(DemoShopConfig.SalePage.POLL);
    try (DemoShop shop = DemoShop.start(config)) {
      CliRunner.Result r =
          check(
              dir,
              shop,
              Path.of("recipes/demo-shop.yaml"),
              "--at",
              shop.releaseAt().toString(),
              "--notify");

      assertEquals(ExitCode.OK, r.exitCode(), r.toString());
      assertTrue(r.out().contains("✓ terminal"), r.out());
      assertTrue(r.out().contains("this page polls /api/events/aurora-live every 1 s"), r.out());
      assertTrue(r.out().contains("a reload at the instant is faster"), r.out());
      assertTrue(r.out().contains("they agree"), r.out());
      assertNothingSubmitted(shop);
    }
    RunIT.assertNoBrowserLeft();
  }

  private static CliRunner.Result check(Path dir, DemoShop shop, Path recipe, String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("check", recipe.toString(), "--site", shop.url().toString()));
    if (extra.length == 0 && !recipe.toString().contains("demo-shop")) {
      args.addAll(List.of("--at", shop.releaseAt().toString()));
    }
    args.addAll(List.of(extra));
    return new CliRunner(Path.of("").toAbsolutePath())
        .env("ERRAND_HOME", dir.resolve("home").toString())
        .run(args.toArray(new String[0]));
  }

  /** The shop's log proves it: no form was sent, nothing went into a basket, no order. */
  private static void assertNothingSubmitted(DemoShop shop) {
    List<RequestLog.Entry> posts = shop.requestLog().matching("POST", "/");
    assertEquals(List.of(), posts);
    assertEquals(List.of(), shop.orders());
    assertTrue(shop.requestLog().matching("GET", "/events/aurora-live").size() > 0);
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
