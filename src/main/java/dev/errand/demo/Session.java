package dev.errand.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One visitor's state, keyed by the {@code sid} cookie. Every method is synchronized; compound
 * operations lock the session first and the {@link Inventory} second.
 */
final class Session {

  private final String id;
  private final List<BasketLine> lines = new ArrayList<>();
  private @Nullable Instant holdExpiresAt;
  private boolean holdExpiredRecently;
  private boolean verified;
  private @Nullable String challengeToken;
  private @Nullable ContactDetails contact;
  private int ticketsBought;

  Session(String id) {
    this.id = Objects.requireNonNull(id, "id");
  }

  String id() {
    return id;
  }

  synchronized int ticketsHeld() {
    return lines.stream().mapToInt(BasketLine::quantity).sum();
  }

  synchronized int ticketsBought() {
    return ticketsBought;
  }

  /** Adds tickets to the basket; the hold clock starts with the first ticket. */
  synchronized void hold(TicketType type, int quantity, Instant expiresIfNew) {
    if (lines.isEmpty()) {
      holdExpiresAt = expiresIfNew;
    }
    holdExpiredRecently = false;
    for (int i = 0; i < lines.size(); i++) {
      BasketLine line = lines.get(i);
      if (line.type() == type) {
        lines.set(i, new BasketLine(type, line.quantity() + quantity));
        return;
      }
    }
    lines.add(new BasketLine(type, quantity));
  }

  /** Empties the basket if its hold ran out; returns how many tickets went back to stock. */
  synchronized int expireHold(Instant now) {
    if (lines.isEmpty() || holdExpiresAt == null || now.isBefore(holdExpiresAt)) {
      return 0;
    }
    int released = ticketsHeld();
    lines.clear();
    holdExpiresAt = null;
    holdExpiredRecently = true;
    return released;
  }

  /** Empties the basket because its tickets were bought; returns what it held. */
  synchronized List<BasketLine> checkOut() {
    List<BasketLine> bought = List.copyOf(lines);
    ticketsBought += bought.stream().mapToInt(BasketLine::quantity).sum();
    lines.clear();
    holdExpiresAt = null;
    return bought;
  }

  /** The basket now; reading it clears the "your hold expired" notice. */
  synchronized BasketSnapshot basket() {
    BasketSnapshot snapshot = new BasketSnapshot(lines, holdExpiresAt, holdExpiredRecently);
    holdExpiredRecently = false;
    return snapshot;
  }

  synchronized boolean verified() {
    return verified;
  }

  /** The token the security-check page must send back, issued once per session. */
  synchronized String challengeToken() {
    if (challengeToken == null) {
      challengeToken = Ids.token(16);
    }
    return challengeToken;
  }

  /** Marks the session verified if {@code token} is the one issued; returns the result. */
  synchronized boolean verify(String token) {
    if (challengeToken != null && challengeToken.equals(token)) {
      verified = true;
    }
    return verified;
  }

  synchronized Optional<ContactDetails> contact() {
    return Optional.ofNullable(contact);
  }

  synchronized void contact(ContactDetails details) {
    this.contact = Objects.requireNonNull(details, "details");
  }
}
