package dev.errand.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.recipe.Phase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttemptComparisonTest {

  static final Instant T = Instant.parse("2026-11-21T19:00:00Z");

  @TempDir Path root;

  @Test
  void stepsPairUpAndTheBiggestDifferenceComesFirst() {
    AttemptRecord a = AttemptReader.read(FixtureRun.demo(root, T, "same", 40).dir());
    AttemptRecord b =
        AttemptReader.read(FixtureRun.demo(root, T.plusSeconds(60), "same", 290).dir());
    assertTrue(AttemptComparison.sameRecipe(a, b));

    AttemptComparison cmp = AttemptComparison.of(a, b);
    assertEquals(5, cmp.rows().size());
    AttemptComparison.Row click = cmp.rows().get(3);
    assertEquals("click {role: button, name: 'Add to basket'}", click.description());
    assertEquals(250.0, click.deltaMs().getAsDouble(), 0.01);
    assertEquals(0.0, cmp.rows().get(0).deltaMs().getAsDouble(), 0.01);

    List<AttemptComparison.Row> biggest = cmp.biggestDifferences(3);
    assertEquals(1, biggest.size(), "only the click differs");
    assertEquals(click.description(), biggest.get(0).description());

    AttemptComparison.Figure whole = cmp.figures().get(3);
    assertEquals("whole run", whole.name());
    assertEquals(250.0, whole.deltaMs().getAsDouble(), 0.01);
    AttemptComparison.Figure lastEnd = cmp.figures().get(2);
    assertEquals(250.0, lastEnd.deltaMs().getAsDouble(), 0.01);
  }

  @Test
  void aDifferentHashOrNameIsADifferentRecipe() {
    AttemptRecord a = AttemptReader.read(FixtureRun.demo(root, T, "one", 40).dir());
    AttemptRecord b = AttemptReader.read(FixtureRun.demo(root, T.plusSeconds(60), "two", 40).dir());
    assertFalse(AttemptComparison.sameRecipe(a, b));
    AttemptRecord c =
        AttemptReader.read(
            FixtureRun.start(root, "Other", "one", T, T.plusSeconds(9), Duration.ZERO)
                .close()
                .dir());
    assertFalse(AttemptComparison.sameRecipe(a, c));
  }

  @Test
  void stepsInOnlyOneAttemptHaveAnEmptySideAndNoDifference() {
    AttemptRecord a = AttemptReader.read(FixtureRun.demo(root, T, "x", 40).dir());
    FixtureRun shorter =
        FixtureRun.start(
                root,
                "Demo shop — two tickets",
                "x",
                T.plusSeconds(60),
                T.plusSeconds(80),
                Duration.ZERO)
            .advance(100);
    shorter.ok(Phase.ARM, 0, FixtureRun.goTo("/events/aurora", 14), 380);
    shorter.startOnly(Phase.ARM, 1, FixtureRun.click("Accept all", 15)).close();
    AttemptComparison cmp = AttemptComparison.of(a, AttemptReader.read(shorter.dir()));
    assertEquals(-20.0, cmp.rows().get(0).deltaMs().getAsDouble(), 0.01);
    assertTrue(cmp.rows().get(1).deltaMs().isEmpty(), "never ended in B");
    assertTrue(cmp.rows().get(2).b().isEmpty());
    assertEquals(1, cmp.biggestDifferences(5).size());
  }
}
