package dev.errand.cli;

import dev.errand.timing.DurationParseException;
import dev.errand.timing.DurationParser;
import java.time.Duration;
import java.util.function.Function;

/** Durations given as command-line options; a bad one is bad input naming its option. */
final class DurationOptions {

  private DurationOptions() {}

  static Duration parse(String option, String text) {
    return read(option, text, DurationParser::parse);
  }

  /** A duration that may be zero ({@code 0} or {@code 0s}) but not negative. */
  static Duration orZero(String option, String text) {
    return read(option, text, DurationParser::parseOrZero);
  }

  /** A duration with an optional sign: {@code 2s}, {@code +2s}, {@code -1.5s}, {@code 0s}. */
  static Duration signed(String option, String text) {
    return read(option, text, DurationParser::parseSigned);
  }

  private static Duration read(String option, String text, Function<String, Duration> parser) {
    try {
      return parser.apply(text);
    } catch (DurationParseException e) {
      throw new UserError(ExitCode.BAD_INPUT, option + ": " + e.getMessage());
    }
  }
}
