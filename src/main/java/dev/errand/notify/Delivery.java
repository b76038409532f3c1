package dev.errand.notify;

import java.time.Duration;

/** How one channel's delivery went, for the console and the journal (no secrets in it). */
public record Delivery(String channel, boolean ok, String detail, Duration took) {}
