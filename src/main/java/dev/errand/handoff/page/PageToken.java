package dev.errand.handoff.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret part of a handoff page's link: 256 random bits from {@link SecureRandom}, URL-safe.
 * Whoever has it controls the browser until the handoff ends, so it is compared in constant time
 * and never shown whole except in the link given to the person.
 */
public final class PageToken {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 32;

  private final String value;

  private PageToken(String value) {
    this.value = value;
  }

  /** A new token nobody can guess. */
  public static PageToken random() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return new PageToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** Whether {@code candidate} is this token (in constant time). */
  public boolean matches(String candidate) {
    return MessageDigest.isEqual(
        value.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.US_ASCII));
  }

  /** The token itself, for the link only. */
  String value() {
    return value;
  }

  @Override
  public String toString() {
    return "…";
  }
}
