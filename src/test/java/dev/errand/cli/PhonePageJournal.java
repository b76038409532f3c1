package dev.errand.cli;

import static dev.errand.cli.HandoffIT.first;
import static dev.errand.cli.HandoffIT.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.journal.event.JournalEvent;
import java.util.List;

/**
 * What the journal must say of the phone page in the demo run taken over from a phone: the check's
 * page served (link without its token), opened by the phone in control and by a second device
 * view-only, the tap counted and the check finished by errand seeing it solved; the payment's page
 * opened and finished by Done.
 */
final class PhonePageJournal {

  private PhonePageJournal() {}

  static void check(List<JournalEvent> events) {
    check(events, false);
  }

  static void check(List<JournalEvent> events, boolean tls) {
    JournalEvent.HandoffPageServed served =
        first(
            events, is(JournalEvent.HandoffPageServed.class, s -> "challenge".equals(s.reason())));
    assertNotNull(served, "the check's page served: " + events);
    assertTrue(
        served.shown().matches((tls ? "https" : "http") + "://127\\.0\\.0\\.1:\\d+/h/…/"),
        served.shown());
    assertEquals(tls, served.tls());
    assertEquals("127.0.0.1", served.address());
    List<String> opened =
        events.stream()
            .filter(
                is(JournalEvent.HandoffPageOpened.class, o -> "challenge".equals(o.reason()))::test)
            .map(e -> ((JournalEvent.HandoffPageOpened) e).role())
            .toList();
    assertEquals(List.of("control", "view"), opened, "the phone, then a second device");
    JournalEvent.HandoffPageEnd check =
        first(events, is(JournalEvent.HandoffPageEnd.class, e -> "challenge".equals(e.reason())));
    assertNotNull(check, "the check's page ended: " + events);
    assertEquals(2, check.devices());
    assertTrue(check.taps() >= 1, "the tap is counted: " + check);
    assertEquals(0, check.keys(), "nothing typed: " + check);
    assertEquals("carried-on", check.finished(), "errand saw the check solved: " + check);
    JournalEvent.HandoffPageEnd pay =
        first(events, is(JournalEvent.HandoffPageEnd.class, e -> "payment".equals(e.reason())));
    assertNotNull(pay, "the payment's page ended: " + events);
    assertEquals(1, pay.devices());
    assertEquals("done", pay.finished(), "Done on the page: " + pay);
    int payOpened = events.indexOf(first(events, HandoffIT.handoff("payment")));
    int payEnded = events.indexOf(first(events, HandoffIT.handoffEnd("payment")));
    int pageEnded = events.indexOf(pay);
    assertTrue(
        payOpened < pageEnded && pageEnded < payEnded, "the page's end comes within its handoff");
  }
}
