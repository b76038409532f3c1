package dev.errand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errand.run.Outcome;
import org.junit.jupiter.api.Test;

/** {@code errand demo} without a browser: what it says and how it reads its options. */
class DemoCommandTest {

  @Test
  void theClosingLineSaysWhosePaymentsTheShopReceived() {
    assertEquals(
        "the demo shop received 0 payments: errand reached payment and left paying to a person.",
        DemoCommand.paymentsLine(0, Outcome.REACHED_PAYMENT, false));
    assertEquals(
        "the demo shop received 0 payments: errand reached payment and left paying to a person.",
        DemoCommand.paymentsLine(0, Outcome.REACHED_PAYMENT, true),
        "the person pressed Enter at payment");
    assertEquals(
        "the demo shop received 1 payment: the person's, made in the browser (errand never pays).",
        DemoCommand.paymentsLine(1, Outcome.PURCHASED, true));
    assertEquals(
        "the demo shop received 0 payments.", DemoCommand.paymentsLine(0, Outcome.BLOCKED, true));
    assertEquals(
        "the demo shop received 2 payments.",
        DemoCommand.paymentsLine(2, Outcome.PURCHASED, false),
        "nobody could have paid: no claim whose they are");
  }
}
