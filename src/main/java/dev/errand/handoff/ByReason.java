package dev.errand.handoff;

import dev.errand.browser.BrowserPage;
import dev.errand.recipe.HandoffReason;
import dev.errand.run.HandoffRequest;
import dev.errand.run.HandoffResponder;
import dev.errand.run.HandoffResult;
import dev.errand.run.RunListener;
import java.util.EnumMap;
import java.util.Map;

/** Picks a responder by the handoff's reason, with a fallback. */
public final class ByReason implements HandoffResponder {

  private final Map<HandoffReason, HandoffResponder> responders =
      new EnumMap<>(HandoffReason.class);
  private final HandoffResponder fallback;

  public ByReason(HandoffResponder fallback) {
    this.fallback = fallback;
  }

  public ByReason on(HandoffReason reason, HandoffResponder responder) {
    responders.put(reason, responder);
    return this;
  }

  @Override
  public HandoffResult handOff(HandoffRequest request, BrowserPage page, RunListener listener) {
    return responders.getOrDefault(request.reason(), fallback).handOff(request, page, listener);
  }
}
