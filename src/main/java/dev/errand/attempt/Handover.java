package dev.errand.attempt;

import dev.errand.handoff.RemoteHandoff;
import dev.errand.handoff.page.HandoffPage;
import dev.errand.recipe.Recipe;
import dev.errand.recipe.Step;
import dev.errand.run.HandoffResponder;
import java.io.InputStream;
import java.time.Clock;
import java.util.Optional;

/**
 * Who can take over at an attempt's handoffs: the person in the browser window, the person through
 * remote debugging, the person on the handoff page (from a phone), or nobody (a headless browser
 * without remote debugging).
 */
public record Handover(
    Headless headless, Optional<RemoteHandoff> remote, Optional<HandoffPage> page) {

  /** Who can take over, without a handoff page. */
  public Handover(Headless headless, Optional<RemoteHandoff> remote) {
    this(headless, remote, Optional.empty());
  }

  /** Whether nobody could take over in the browser. */
  public boolean nobody() {
    return headless.on() && remote.isEmpty() && page.isEmpty();
  }

  /**
   * Refuses, before anything starts, a recipe that hands over to a person nobody could be; unless
   * {@code endsRun}: the person accepted that the run then ends at its first handoff.
   */
  public void refuseNobody(Recipe recipe, boolean endsRun) {
    if (nobody() && !endsRun && handsOff(recipe)) {
      throw new AttemptException(
          AttemptException.Kind.BAD_INPUT,
          "this recipe hands over to you (a challenge or payment), but the browser would be"
              + " headless ("
              + headless.why()
              + "), so nobody could take over.\n"
              + "Run it where there is a display; or add --remote-handoff[=PORT] to take over through"
              + " Chrome remote debugging on 127.0.0.1 (chrome://inspect, or the port forwarded"
              + " over SSH); or add --handoff-ends-run to accept that the run ends at the first"
              + " handoff.");
    }
  }

  /** The person at this terminal, or a stop at the first handoff when nobody can take over. */
  public HandoffResponder responder(InputStream in, Clock clock) {
    if (page.isPresent()) {
      return Responders.onPage(in, clock, page.get());
    }
    return nobody() ? Responders.nobody() : Responders.person(in, clock, headless.on());
  }

  /** Whether any step of the recipe hands over to the person. */
  static boolean handsOff(Recipe recipe) {
    return recipe.allSteps().stream().anyMatch(step -> step instanceof Step.Handoff);
  }
}
