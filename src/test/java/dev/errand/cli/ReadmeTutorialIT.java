package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.demo.DemoShop;
import dev.errand.demo.DemoShopConfig;
import dev.errand.demo.RequestLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's tutorial recipe, copied from the README itself, works on the demo shop. */
class ReadmeTutorialIT {

  static String tutorialRecipe() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int at = readme.indexOf("Create `recipes/my-demo.yaml`:");
    assertTrue(at > 0, "the README has the tutorial");
    int start = readme.indexOf("```yaml\n", at) + "```yaml\n".length();
    int end = readme.indexOf("```", start);
    return readme.substring(start, end);
  }

  @Test
  void theTutorialRecipeValidatesAndBuysUpToTheSecurityCheck(@TempDir Path tmp) throws IOException {
    Path recipe = Files.writeString(tmp.resolve("my-demo.yaml"), tutorialRecipe());
    CliRunner cli =
        new CliRunner(Path.of("").toAbsolutePath())
            .env("ERRAND_HOME", tmp.resolve("home").toString());
    CliRunner.Result valid = cli.run("validate", recipe.toString());
    assertEquals(0, valid.exitCode(), valid.toString());

    try (DemoShop shop =
        DemoShop.start(DemoShopConfig.opensIn(Duration.ofSeconds(5)).withoutRivals())) {
      CliRunner.Result r = cli.runAgainst(shop, recipe.toString(), tmp.resolve("attempts"));
      // headless: the security check handoff can't be taken over, so the run stops there
      assertTrue(r.out().contains("outcome: blocked"), r.toString());
      List<RequestLog.Entry> adds = shop.requestLog().matching("POST", "/basket");
      assertEquals(1, adds.size(), r.toString());
      assertEquals(303, adds.get(0).status(), "two tickets in the basket");
      assertTrue(shop.payments().isEmpty());
    }
  }
}
