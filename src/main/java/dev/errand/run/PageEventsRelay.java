package dev.errand.run;

import dev.errand.browser.PageEvents;

/** Passes what the browser says about the site's answers on to the run's listener. */
final class PageEventsRelay implements PageEvents {

  private final RunListener listener;

  PageEventsRelay(RunListener listener) {
    this.listener = listener;
  }

  @Override
  public void answered(Answer answer) {
    listener.pageAnswered(answer);
  }

  @Override
  public void retrying(Retry retry) {
    listener.retrying(retry);
  }
}
