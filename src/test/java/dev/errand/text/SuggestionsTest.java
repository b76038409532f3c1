package dev.errand.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> STEPS =
      List.of(
          "goto",
          "reload",
          "click",
          "fill",
          "select",
          "check",
          "press",
          "wait-for",
          "expect",
          "screenshot",
          "handoff");

  @Test
  void closeTyposAreFound() {
    assertEquals(Optional.of("click"), Suggestions.closest("clik", STEPS));
    assertEquals(Optional.of("wait-for"), Suggestions.closest("waitfor", STEPS));
    assertEquals(Optional.of("screenshot"), Suggestions.closest("screenshto", STEPS));
  }

  @Test
  void caseDifferencesAreTypos() {
    assertEquals(Optional.of("click"), Suggestions.closest("Click", STEPS));
  }

  @Test
  void farOffWordsGetNothing() {
    assertEquals(Optional.empty(), Suggestions.closest("purchase", STEPS));
    assertEquals(Optional.empty(), Suggestions.closest("ab", List.of("xy")));
    assertEquals(Optional.empty(), Suggestions.closest("", STEPS));
  }

  @Test
  void distanceIsLevenshtein() {
    assertEquals(3, Suggestions.distance("kitten", "sitting"));
    assertEquals(0, Suggestions.distance("a", "a"));
    assertEquals(2, Suggestions.distance("", "ab"));
  }

  @Test
  void didYouMeanWording() {
    assertEquals(" — did you mean 'click'?", Suggestions.didYouMean("clck", STEPS));
    assertEquals("", Suggestions.didYouMean("zzzzzz", STEPS));
  }
}
