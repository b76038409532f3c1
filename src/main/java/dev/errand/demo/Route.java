package dev.errand.demo;

import java.io.IOException;

/** Answers one kind of request. */
@FunctionalInterface
interface Route {

  void handle(ShopExchange ex) throws IOException;
}
