package dev.errand.demo;

import java.io.IOException;

/** Answers one request taken off a {@link TinyHttpServer} connection. */
@FunctionalInterface
interface CallHandler {

  void handle(HttpCall call) throws IOException;
}
