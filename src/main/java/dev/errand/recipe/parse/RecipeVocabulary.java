package dev.errand.recipe.parse;

import dev.errand.recipe.Phase;
import java.util.Arrays;
import java.util.List;

/**
 * The recipe language's words as the parser reads them: the top-level keys, the step types, the
 * options beside a step, each step's own keys, the locator and condition keys and the named values.
 * The schema and the reference ({@code dev.errand.recipe.schema}) are generated from these tables,
 * never from a list of their own.
 */
public final class RecipeVocabulary {

  private RecipeVocabulary() {}

  /** The recipe format's version, {@code errand/v1}. */
  public static String apiVersion() {
    return HeaderReader.API_VERSION;
  }

  /** Every top-level key, in documentation order. */
  public static List<String> topKeys() {
    return RecipeReader.TOP_KEYS;
  }

  /** The phase sections ({@code arm}, {@code at-release}, {@code after}). */
  public static List<String> phases() {
    return Arrays.stream(Phase.values()).map(Phase::yamlName).toList();
  }

  /** The plain step list's key, {@code steps}, which does not mix with the phases. */
  public static String plainSteps() {
    return SectionsReader.STEPS;
  }

  /** Every step type, in documentation order. */
  public static List<String> stepTypes() {
    return List.copyOf(StepReader.TYPES.keySet());
  }

  /** The options any step may carry beside its type. */
  public static List<String> stepOptions() {
    return StepOptionsReader.KEYS;
  }

  /** Whether a step's map holds a locator beside its own keys. */
  public static boolean takesLocator(String stepType) {
    return ActionSteps.TYPES.containsKey(stepType);
  }

  /** Whether a step's map holds a condition beside its own keys. */
  public static boolean takesCondition(String stepType) {
    return WaitSteps.TYPES.containsKey(stepType);
  }

  /** The keys a step's map takes besides its locator or condition keys. */
  public static List<String> stepKeys(String stepType) {
    if (ActionSteps.TYPES.containsKey(stepType)) {
      return ActionSteps.ownKeys(stepType);
    }
    return switch (stepType) {
      case "expect" -> WaitSteps.EXPECT_KEYS;
      case "screenshot" -> ScreenshotSteps.KEYS;
      case "handoff" -> HandoffSteps.KEYS;
      case "poll" -> PollSteps.KEYS;
      default -> List.of();
    };
  }

  /** The keys of which a locator has exactly one. */
  public static List<String> locatorKinds() {
    return LocatorReader.KINDS;
  }

  /** Every key a locator map may hold. */
  public static List<String> locatorKeys() {
    return LocatorReader.KEYS;
  }

  /** The locator kinds that {@code exact} applies to. */
  public static List<String> exactKinds() {
    return LocatorReader.EXACT_KINDS;
  }

  /** The keys of which a condition has exactly one. */
  public static List<String> conditionKinds() {
    return ConditionReader.KINDS;
  }

  /** The keys of an input's map form. */
  public static List<String> inputKeys() {
    return InputsReader.KEYS;
  }

  /** The verdicts of {@code expect} and {@code poll}. */
  public static List<String> verdicts() {
    return List.copyOf(WaitSteps.VERDICTS.keySet());
  }

  /** The reasons of a {@code handoff}. */
  public static List<String> handoffReasons() {
    return List.copyOf(HandoffSteps.REASONS.keySet());
  }

  /** The ARIA roles a locator may name, sorted. */
  public static List<String> roles() {
    return List.copyOf(AriaRoles.NAMES);
  }

  /** The words read as true and as false, besides YAML's own booleans. */
  public static List<String> booleanWords() {
    return ReadContext.concat(Scalars.TRUE, Scalars.FALSE);
  }
}
