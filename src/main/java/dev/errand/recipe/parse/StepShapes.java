package dev.errand.recipe.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One form of each step that the parser accepts as written, for hints about a step's shape: a hint
 * shows a step the reader can copy, never a form that is then refused. {@code StepShapesTest}
 * parses each, and every form any shape message quotes.
 */
final class StepShapes {

  private static final Map<String, String> FORMS = new LinkedHashMap<>();

  /** The steps whose value is never a map of their own keys. */
  private static final Set<String> NO_MAP = Set.of("goto", "reload", "checkpoint");

  static {
    FORMS.put("goto", "- goto: /events/aurora-live");
    FORMS.put("reload", "- reload");
    FORMS.put("click", "- click: {role: button, name: Buy}");
    FORMS.put("fill", "- fill: {label: Email, value: \"${profile.email}\"}");
    FORMS.put("select", "- select: {label: Quantity, option: \"2\"}");
    FORMS.put("check", "- check: {label: I accept the terms}");
    FORMS.put("press", "- press: {key: Enter}");
    FORMS.put("wait-for", "- wait-for: {visible: {role: button, name: Buy}}");
    FORMS.put("expect", "- expect: {hidden: {text: Sold out}, verdict: sold-out}");
    FORMS.put("screenshot", "- screenshot: basket");
    FORMS.put("handoff", "- handoff: {reason: payment, message: Pay now}");
    FORMS.put("poll", "- poll: {until: {visible: {text: Add to basket}}, reload: true, for: 30s}");
    FORMS.put("checkpoint", "- checkpoint: logged in");
  }

  private StepShapes() {}

  /** A form of {@code type} the parser accepts, quoted: {@code '- reload'}. */
  static String form(String type) {
    return "'" + FORMS.getOrDefault(type, "- " + type + ": …") + "'";
  }

  /** Whether {@code type} ever takes a map of its own keys. */
  static boolean takesMap(String type) {
    return !NO_MAP.contains(type);
  }

  /** Every step type with a form, in documentation order. */
  static Set<String> types() {
    return FORMS.keySet();
  }
}
