package dev.errand.text;

import java.util.Locale;

/**
 * How big a file errand reads as a recipe or a profile. A real one is a few kilobytes; the limit
 * refuses a runaway file at once instead of spending minutes reading it.
 */
public final class InputLimits {

  /** The largest file errand reads as a recipe or a profile: 1 MiB. */
  public static final long MAX_BYTES = 1024 * 1024;

  private InputLimits() {}

  /** The message for a {@code what} (recipe, profile) of {@code size} bytes, over the limit. */
  public static String tooBig(String what, long size) {
    return String.format(
        Locale.ROOT,
        "the %s is %.1f MB; errand reads %ss up to 1 MB (a real one is a few kB)",
        what,
        size / (1024.0 * 1024.0),
        what);
  }
}
