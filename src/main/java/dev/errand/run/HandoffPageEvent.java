package dev.errand.run;

/**
 * What happened on a handoff's page (the live browser a person takes over from a phone), for the
 * journal and the report: the page was served, a device opened it, a device took control, and how
 * the handoff ended there. Never the page's token, never what was typed: input is counted only.
 */
public sealed interface HandoffPageEvent {

  /** One line for a person, as the console and a note say it. */
  String describe();

  /**
   * The page is served for this handoff.
   *
   * @param shown the link without its token ({@code https://192.168.1.20:8765/h/…/})
   * @param address the address it listens on
   * @param port the port it listens on
   * @param tls whether it is served over TLS (https)
   */
  record Served(String shown, String address, int port, boolean tls) implements HandoffPageEvent {
    @Override
    public String describe() {
      return "served on " + shown;
    }
  }

  /**
   * A device opened the page (once per device, however often it reconnects).
   *
   * @param from the device's address as the page saw it
   * @param inControl whether it took control (the first device does) or only watches
   */
  record Opened(String from, boolean inControl) implements HandoffPageEvent {
    @Override
    public String describe() {
      return "opened from " + from + (inControl ? " (in control)" : " (view only)");
    }
  }

  /** A watching device took control; the one before now only watches. */
  record TakenOver(String from) implements HandoffPageEvent {
    @Override
    public String describe() {
      return "control taken over from " + from;
    }
  }

  /** How the person's part ended, as the page saw it. */
  enum Finish {
    /** Done pressed on the page. */
    DONE("done"),
    /** Abort pressed on the page. */
    ABORT("abort"),
    /** errand saw the handoff's work done (its {@code until} held, the challenge was gone). */
    CARRIED_ON("carried-on"),
    /** Enter or {@code a} in the terminal. */
    TERMINAL("terminal"),
    /** errand stopped waiting. */
    TIMED_OUT("timed-out");

    private final String id;

    Finish(String id) {
      this.id = id;
    }

    /** Its name in the journal. */
    public String id() {
      return id;
    }
  }

  /**
   * The handoff ended: how many devices opened the page, what the controller did (counts only), and
   * how it finished.
   *
   * @param refused posts not carried out (from a view-only device, or not a command)
   */
  record Ended(int devices, int taps, int scrolls, int keys, int refused, Finish finish)
      implements HandoffPageEvent {
    @Override
    public String describe() {
      if (devices == 0) {
        return "nobody opened it (" + finish.id() + ")";
      }
      return taps
          + (taps == 1 ? " tap, " : " taps, ")
          + scrolls
          + (scrolls == 1 ? " scroll, " : " scrolls, ")
          + keys
          + (keys == 1 ? " key" : " keys")
          + " carried out"
          + (refused > 0 ? ", " + refused + " refused" : "")
          + "; finished: "
          + finish.id();
    }
  }
}
