package dev.errand.handoff;

import dev.errand.browser.BrowserPage;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResponder;
import dev.errand.run.HandoffResult;
import dev.errand.run.RunListener;

/**
 * Ends the run at the handoff: at payment in the demo (errand never pays), or when nobody can take
 * over (a headless browser).
 */
public final class StopHere implements HandoffResponder {

  private final String why;

  public StopHere(String why) {
    this.why = why;
  }

  @Override
  public HandoffResult handOff(HandoffRequest request, BrowserPage page, RunListener listener) {
    listener.note(why);
    return HandoffResult.STOPPED;
  }
}
