package dev.errand.demo;

/** A request the shop cannot make sense of; answered with 400. */
final class BadRequestException extends RuntimeException {

  BadRequestException(String message) {
    super(message);
  }

  BadRequestException(String message, Throwable cause) {
    super(message, cause);
  }
}
