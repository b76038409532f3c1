package dev.errand.demo;

import java.time.Instant;

/** What happened when someone tried to put tickets in their basket. */
sealed interface AddResult
    permits AddResult.Added,
        AddResult.TooEarly,
        AddResult.Invalid,
        AddResult.OverLimit,
        AddResult.NotEnoughStock {

  /** The tickets are held. */
  record Added(TicketType type, int quantity) implements AddResult {}

  /** The sale has not opened. */
  record TooEarly(Instant opensAt) implements AddResult {}

  /** The form was malformed (unknown type, quantity below 1, not a number). */
  record Invalid(String reason) implements AddResult {}

  /** The session would go over the per-customer limit; {@code alreadyHas} counts held + bought. */
  record OverLimit(int limit, int alreadyHas) implements AddResult {}

  /** Fewer than the requested tickets are left; {@code left} may be 0. */
  record NotEnoughStock(int left) implements AddResult {}
}
