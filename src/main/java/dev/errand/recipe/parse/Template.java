package dev.errand.recipe.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * A string split into literal text and {@code ${name}} references; <code>$${</code> is a literal
 * <code>${</code>. Syntax problems (an unclosed or empty <code>${</code>) are collected, not
 * thrown.
 */
final class Template {

  /** A piece of a template. */
  sealed interface Part permits Literal, Ref {}

  /** Text taken as written (escapes already undone). */
  record Literal(String text) implements Part {}

  /** A {@code ${name}} reference; {@code start} is the index of its {@code $}. */
  record Ref(String name, int start) implements Part {}

  /** A syntax problem at {@code start} (the index of the {@code $}). */
  record Problem(int start, String message) {}

  private final List<Part> parts;
  private final List<Problem> problems;

  private Template(List<Part> parts, List<Problem> problems) {
    this.parts = List.copyOf(parts);
    this.problems = List.copyOf(problems);
  }

  List<Part> parts() {
    return parts;
  }

  List<Problem> problems() {
    return problems;
  }

  List<Ref> refs() {
    List<Ref> refs = new ArrayList<>();
    for (Part p : parts) {
      if (p instanceof Ref ref) {
        refs.add(ref);
      }
    }
    return refs;
  }

  /** Indexes of every unescaped <code>${</code> in {@code s}, well-formed or not, in order. */
  static List<Integer> markers(String s) {
    Template t = parse(s);
    List<Integer> markers = new ArrayList<>();
    for (Ref r : t.refs()) {
      markers.add(r.start());
    }
    for (Problem p : t.problems()) {
      markers.add(p.start());
    }
    markers.sort(null);
    return markers;
  }

  static Template parse(String s) {
    List<Part> parts = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      if (s.startsWith("$${", i)) {
        literal.append("${");
        i += 3;
      } else if (s.startsWith("${", i)) {
        int close = s.indexOf('}', i + 2);
        if (close < 0) {
          problems.add(
              new Problem(i, "unclosed '${' — end it with '}', or write '$${' for a literal '${'"));
          literal.append(s, i, s.length());
          break;
        }
        String name = s.substring(i + 2, close).trim();
        if (name.isEmpty()) {
          problems.add(new Problem(i, "empty variable '${}'"));
        } else {
          flush(literal, parts);
          parts.add(new Ref(name, i));
        }
        i = close + 1;
      } else {
        literal.append(s.charAt(i));
        i++;
      }
    }
    flush(literal, parts);
    return new Template(parts, problems);
  }

  private static void flush(StringBuilder literal, List<Part> parts) {
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
      literal.setLength(0);
    }
  }
}
