package dev.errand.demo;

import java.security.SecureRandom;
import java.util.Base64;

/** Random identifiers: session ids, challenge tokens and order numbers. */
final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Ids() {}

  /** An unguessable URL-safe token of {@code bytes} random bytes. */
  static String token(int bytes) {
    byte[] buffer = new byte[bytes];
    RANDOM.nextBytes(buffer);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
  }

  /** An order number like {@code LT-483920}. */
  static String orderNumber() {
    return "LT-" + (100_000 + RANDOM.nextInt(900_000));
  }
}
