/**
 * Finding a browser on this machine and what it is started with: Chrome, Chromium or Edge by
 * setting, channel or install location; its version; the switches and the profile's data directory.
 * Knows nothing of Playwright.
 */
package dev.errand.browser.discovery;
