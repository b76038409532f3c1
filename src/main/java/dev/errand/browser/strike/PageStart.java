package dev.errand.browser.strike;

/**
 * What errand's call at the instant found in the page ({@link #SCRIPT}): the strike gone with the
 * document it was set up in, started by this call, or already started by the page itself.
 */
public enum PageStart {
  /** The page changed documents since the strike was set up there: set it up again, then go. */
  GONE,
  /** This call started the steps. */
  NOW,
  /** The page had started the steps itself. */
  ALREADY;

  /** {@code go => 'gone' | 'now' | 'already'}, called with the strike's start function's name. */
  public static final String SCRIPT =
      "go => { if (typeof window[go] !== 'function') return 'gone'; "
          + "return window[go]() ? 'now' : 'already'; }";

  /** Reads what {@link #SCRIPT} returned. */
  public static PageStart of(Object answer) {
    if ("now".equals(answer)) {
      return NOW;
    }
    if ("already".equals(answer)) {
      return ALREADY;
    }
    if ("gone".equals(answer)) {
      return GONE;
    }
    throw new IllegalArgumentException("the strike's start answered " + answer);
  }
}
