package dev.errand.notify;

/** One way of calling the person: the terminal, the desktop, a sound, a webhook. */
public interface Notifier {

  /** A short name for messages that never contains a secret (a webhook shows its host only). */
  String name();

  /** Sends; never throws: a failure is a {@link Delivery} with {@code ok == false}. */
  Delivery send(Notification notification);
}
