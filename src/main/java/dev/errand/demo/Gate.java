package dev.errand.demo;

import java.io.IOException;

/**
 * A check a request meets in front of the shop's pages, after its session is attached and before
 * any render delay: the rate limit, the overloaded front end, the waiting room. One that does not
 * let the request through has answered it (or dropped it) itself.
 */
@FunctionalInterface
interface Gate {

  /** Whether the request goes on to its route; false once this gate has dealt with it. */
  boolean letsThrough(ShopExchange ex) throws IOException;
}
