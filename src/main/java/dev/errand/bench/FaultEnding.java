package dev.errand.bench;

import java.util.Objects;
import java.util.Optional;

/**
 * How a strategy says its purchase ended, in its own words; the bench checks the shop's side.
 *
 * @param outcome a short id: errand's outcome ({@code reached-payment}, {@code sold-out}, …)
 * @param message the strategy's own line about it, possibly empty
 * @param atPayment whether the strategy says it reached payment (errand: handed over there)
 * @param soldOut whether it ended saying the tickets were sold out; empty when the strategy has no
 *     such verdict (the naive script just fails)
 */
public record FaultEnding(
    String outcome, String message, boolean atPayment, Optional<Boolean> soldOut) {

  /** Checks that no component is null. */
  public FaultEnding {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(soldOut, "soldOut");
  }
}
