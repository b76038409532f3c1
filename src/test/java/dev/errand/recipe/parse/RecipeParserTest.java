package dev.errand.recipe.parse;

import static dev.errand.recipe.parse.RecipeText.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.Input;
import dev.errand.recipe.Phase;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.SourcePos;
import dev.errand.recipe.Step;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecipeParserTest {

  private static final String MINIMAL =
      "apiVersion: errand/v1\nname: Min\nsite: https://shop.example.com/\nsteps:\n  - reload\n";

  @TempDir Path dir;

  @Test
  void minimalRecipeHasDefaults() {
    Recipe r = RecipeText.parse(MINIMAL);
    assertEquals("Min", r.name());
    assertEquals(URI.create("https://shop.example.com/"), r.site());
    assertEquals(List.of("shop.example.com"), r.allowedDomains());
    assertEquals(Optional.empty(), r.release());
    assertEquals(1, r.quantity());
    assertEquals(0, r.inputs().size());
    assertEquals(
        List.of(Step.Reload.class), r.steps(Phase.AFTER).stream().map(Object::getClass).toList());
    assertEquals(List.of(), r.steps(Phase.ARM));
    assertEquals(RecipeText.FILE, r.source());
  }

  @Test
  void fileIsReadAndHashed() throws Exception {
    Path file = dir.resolve("r.yaml");
    Files.writeString(file, MINIMAL, StandardCharsets.UTF_8);
    Recipe r = RecipeParser.parse(file, VariableScope.permissive());
    assertEquals(file, r.source());
    // sha256 of the exact bytes, computed independently
    String expected =
        java.util.HexFormat.of()
            .formatHex(
                java.security.MessageDigest.getInstance("SHA-256")
                    .digest(MINIMAL.getBytes(StandardCharsets.UTF_8)));
    assertEquals(expected, r.sha256());
    assertEquals(64, r.sha256().length());
  }

  @Test
  void missingFileIsOneDiagnostic() {
    Path missing = dir.resolve("nope.yaml");
    RecipeException e =
        assertThrows(
            RecipeException.class, () -> RecipeParser.parse(missing, VariableScope.permissive()));
    assertEquals(
        List.of(
            new Diagnostic(new SourcePos(missing, 0, 0), "cannot read the recipe: no such file")),
        e.diagnostics());
    assertEquals(missing + ": cannot read the recipe: no such file", e.getMessage());
  }

  @Test
  void notUtf8IsOneDiagnostic() throws Exception {
    Path file = dir.resolve("latin1.yaml");
    Files.write(file, new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9});
    RecipeException e =
        assertThrows(RecipeException.class, () -> RecipeParser.parse(file, RecipeText.SCOPE));
    assertEquals(file + ": cannot read the recipe: it is not UTF-8 text", e.getMessage());
  }

  @Test
  void headerValues() {
    Recipe r =
        RecipeText.parse(
            "apiVersion: errand/v1\n"
                + "name: Full\n"
                + "site: https://tickets.example.com/shop\n"
                + "allowed-domains: [Pay.Example.com]\n"
                + "release: 2026-12-01 10:00 Europe/London\n"
                + "quantity: 4\n"
                + "steps: [reload]\n");
    assertEquals(List.of("tickets.example.com", "pay.example.com"), r.allowedDomains());
    assertEquals(Optional.of(Instant.parse("2026-12-01T10:00:00Z")), r.release());
    assertEquals(4, r.quantity());
  }

  @Test
  void inputForms() {
    Recipe r =
        RecipeText.parse(
            MINIMAL
                + "inputs:\n"
                + "  ticket-type: Standing\n"
                + "  promo: {default: \"\", description: Promo code}\n"
                + "  seat-area: {description: Where to sit}\n"
                + "  note:\n");
    assertEquals(
        new Input("ticket-type", Optional.of("Standing"), Optional.empty()),
        r.inputs().get("ticket-type"));
    assertEquals(
        new Input("promo", Optional.of(""), Optional.of("Promo code")), r.inputs().get("promo"));
    assertEquals(
        new Input("seat-area", Optional.empty(), Optional.of("Where to sit")),
        r.inputs().get("seat-area"));
    assertEquals(new Input("note", Optional.empty(), Optional.empty()), r.inputs().get("note"));
  }

  @Test
  void sectionsGoToTheirPhases() {
    Recipe r =
        RecipeText.parse(
            "apiVersion: errand/v1\nname: S\nsite: https://s.example.com/\n"
                + "arm: [{goto: /a}]\nat-release: [reload]\nafter: [{screenshot: done}]\n");
    assertEquals(Step.Goto.class, r.steps(Phase.ARM).get(0).getClass());
    assertEquals(Step.Reload.class, r.steps(Phase.AT_RELEASE).get(0).getClass());
    assertEquals(Step.Screenshot.class, r.steps(Phase.AFTER).get(0).getClass());
  }

  @Test
  void stepsDoesNotMixWithSections() {
    assertEquals(
        List.of(
            "t.yaml:5:1: 'steps' can't be combined with 'arm': put every step under arm,"
                + " at-release and after, or use 'steps' alone"),
        problems(
            "apiVersion: errand/v1\nname: S\nsite: https://s.example.com/\n"
                + "arm: [reload]\nsteps: [reload]\n"));
  }

  @Test
  void aRecipeNeedsSteps() {
    assertEquals(
        List.of(
            "t.yaml:1:1: the recipe has no steps: add 'steps:' (or 'arm:', 'at-release:' and"
                + " 'after:') with at least one step"),
        problems("apiVersion: errand/v1\nname: S\nsite: https://s.example.com/\nafter: []\n"));
  }

  @Test
  void sectionMustBeAList() {
    assertEquals(
        List.of("t.yaml:5:3: 'after' must be a list of steps, each starting with '- ', got a map"),
        problems(
            "apiVersion: errand/v1\nname: S\nsite: https://s.example.com/\nafter:\n  click: x\n"));
  }

  @Test
  void headerProblems() {
    assertEquals(
        List.of(
            "t.yaml:1:1: missing 'name' (e.g. 'name: Aurora Live — two tickets')",
            "t.yaml:1:13: unsupported apiVersion 'errand/v2': this errand reads 'errand/v1'",
            "t.yaml:2:7: 'site' must be an absolute http(s) URL such as https://shop.example.com/,"
                + " got 'shop.example.com'",
            "t.yaml:3:19: 'allowed-domains' lists host names such as 'pay.example.com', got"
                + " 'https://pay.example.com/'",
            "t.yaml:4:11: 'quantity' must be a whole number from 1 to 100, got '0'"),
        problems(
            "apiVersion: errand/v2\nsite: shop.example.com\n"
                + "allowed-domains: [https://pay.example.com/]\nquantity: 0\nsteps: [reload]\n"));
  }

  @Test
  void gotoStaysOnAllowedDomains() {
    assertEquals(
        List.of(
            "t.yaml:8:11: 'goto' leaves the allowed domains: 'evil.example.net' is not in"
                + " allowed-domains (shop.example.com)",
            "t.yaml:9:11: 'goto' needs an http(s) URL or a path on the site, got"
                + " 'javascript:alert(1)' (missing 'https://'?)"),
        problems(
            RecipeText.withStep("goto: https://evil.example.net/")
                + "  - goto: javascript:alert(1)\n"));
    // a plain entry is that host only: a subdomain is allowed only when written as one
    assertEquals(
        List.of(
            "t.yaml:8:11: 'goto' leaves the allowed domains: 'www.shop.example.com' is not in"
                + " allowed-domains (shop.example.com)"),
        problems(RecipeText.withStep("goto: https://www.shop.example.com/x")));
    Recipe subdomains =
        RecipeText.parse(
            RecipeText.withStep("goto: https://www.shop.example.com/x")
                .replace(
                    "site: https://shop.example.com/\n",
                    "site: https://shop.example.com/\nallowed-domains: [.shop.example.com]\n"));
    assertEquals(List.of(".shop.example.com"), subdomains.allowedDomains());
  }

  @Test
  void duplicateKeysAreReported() {
    assertEquals(
        List.of("t.yaml:3:1: duplicate key 'name' (first on line 2)"),
        problems(
            "apiVersion: errand/v1\nname: A\nname: B\nsite: https://s.example.com/\n"
                + "steps: [reload]\n"));
  }

  @Test
  void rootMustBeAMap() {
    assertEquals(
        List.of(
            "t.yaml:1:1: a recipe is a YAML map with apiVersion, name, site and steps, got a list"),
        problems("- reload\n"));
    assertEquals(List.of("t.yaml:1:1: the recipe is empty"), problems("# nothing\n"));
  }

  @Test
  void caretPointsAtTheColumn() {
    String yaml = RecipeText.withStep("clik: \"#buy\"");
    RecipeException e = assertThrows(RecipeException.class, () -> RecipeText.parse(yaml));
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(
        "t.yaml:8:5: unknown step 'clik' — did you mean 'click'?\n"
            + "  - clik: \"#buy\"\n"
            + "    ^",
        d.formatWithCaret(e.sourceText().orElseThrow()));
    assertEquals(
        "f: no line",
        new Diagnostic(new SourcePos(Path.of("f"), 0, 0), "no line").formatWithCaret(yaml));
  }

  @Test
  void allProblemsAreReportedInSourceOrder() {
    List<String> found =
        problems(
            RecipeText.withStep("clik: x")
                + "  - fill: {label: A}\n"
                + "  - wait-for: {visible: {role: dialogg}}\n");
    assertEquals(3, found.size());
    assertTrue(found.get(0).startsWith("t.yaml:8:"));
    assertTrue(found.get(1).startsWith("t.yaml:9:"));
    assertTrue(found.get(2).startsWith("t.yaml:10:"));
  }

  @Test
  void yamlStructureProblemsAreOneLineEach() {
    String head = "apiVersion: errand/v1\nname: E\nsite: https://s.example.com/\n";
    assertEquals(
        List.of("t.yaml:4:8: malformed YAML: a node contains itself (recursive alias)"),
        problems(head + "steps: &a [*a]\n"));
    assertEquals(
        List.of(
            "t.yaml:4:1: malformed YAML: a recipe is a single YAML document, but '---' starts"
                + " another"),
        problems(head + "---\nname: second\n"));
    assertEquals(
        List.of(
            "t.yaml:5:5: an empty step: write one such as '- click: …'",
            "t.yaml:6:5: a step is a map such as '- click: …', got a list"),
        problems(head + "steps:\n  - {}\n  - []\n"));
  }

  @Test
  void anchorsCanBeReused() {
    Recipe r =
        RecipeText.parse(
            RecipeText.withStep("click: &buy {role: button, name: Buy}") + "  - click: *buy\n");
    assertEquals(r.steps(Phase.AFTER).get(0).describe(), r.steps(Phase.AFTER).get(1).describe());
  }
}
