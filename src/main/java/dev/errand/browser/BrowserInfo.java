package dev.errand.browser;

/** What was launched: for {@code doctor}, the console and the journal. */
public record BrowserInfo(String name, String version, String executable, boolean headless) {}
