package dev.errand.attempt;

import dev.errand.browser.QueueState;
import dev.errand.handoff.page.HandoffPage;
import dev.errand.journal.Journal;
import dev.errand.journal.event.JournalEvent;
import dev.errand.notify.Delivery;
import dev.errand.notify.Notification;
import dev.errand.notify.Notifications;
import dev.errand.run.HandoffRequest;
import dev.errand.run.RunListener;
import dev.errand.timing.TimeText;
import java.time.Duration;
import java.util.Optional;

/**
 * At every handoff, and when a waiting room lets errand through, calls the person through each
 * configured channel, in the background, and records each delivery in the journal (channel names
 * never show a webhook's secret path).
 */
final class NotifyingListener implements RunListener {

  private final Notifications notifications;
  private final Narration console;
  private final Journal journal;
  private final String attempt;
  private final Optional<String> takeOver;
  private final Optional<HandoffPage> page;

  /**
   * @param takeOver where the person takes over a browser without a window (remote debugging), or
   *     empty
   * @param page the handoff page, whose link each handoff's notification carries, if served
   */
  NotifyingListener(
      Notifications notifications,
      Narration console,
      Journal journal,
      String attempt,
      Optional<String> takeOver,
      Optional<HandoffPage> page) {
    this.notifications = notifications;
    this.page = page;
    this.console = console;
    this.journal = journal;
    this.attempt = attempt;
    this.takeOver = takeOver;
  }

  @Override
  // each delivery is recorded when it completes; nothing waits on the recording
  @SuppressWarnings("FutureReturnValueIgnored")
  public void handoffStarted(HandoffRequest request) {
    Notification n =
        new Notification(
            request.reason().yamlName(),
            request.site(),
            request.pageUrl(),
            request.message(),
            request.holdTime(),
            attempt,
            takeOver,
            page.flatMap(p -> p.open(request)).map(HandoffPage.Open::link));
    notifications.send(n).forEach(f -> f.thenAccept(this::record));
  }

  /** Through a waiting room: the person hears that errand is in and carries on. */
  @Override
  @SuppressWarnings("FutureReturnValueIgnored")
  public void throughQueue(QueueState room, Duration waited, String pageUrl) {
    Notification n =
        new Notification(
            "through the queue",
            pageUrl,
            pageUrl,
            "errand is through the "
                + room.what()
                + " after "
                + TimeText.human(waited)
                + " and carries on with the recipe",
            Optional.empty(),
            attempt,
            takeOver);
    notifications.send(n).forEach(f -> f.thenAccept(this::record));
  }

  private void record(Delivery d) {
    journal.append(
        new JournalEvent.Notification(
            journal.now(), d.channel(), d.ok(), d.detail(), d.took().toNanos() / 1e6));
    if (d.ok()) {
      console.detail("    ✉ " + d.channel() + ": " + d.detail());
    } else {
      console.warn("notification through " + d.channel() + " failed: " + d.detail());
    }
  }
}
