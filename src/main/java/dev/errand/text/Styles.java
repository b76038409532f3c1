package dev.errand.text;

/**
 * Emphasis for text shown to the person: a terminal colours it, anything else returns the text as
 * it is ({@link #PLAIN}). Styles only mark emphasis; nothing may depend on them to be understood.
 */
public interface Styles {

  /** No styling at all. */
  Styles PLAIN = new Styles() {};

  default String bold(String s) {
    return s;
  }

  default String dim(String s) {
    return s;
  }

  default String green(String s) {
    return s;
  }

  default String red(String s) {
    return s;
  }

  default String yellow(String s) {
    return s;
  }

  default String cyan(String s) {
    return s;
  }
}
