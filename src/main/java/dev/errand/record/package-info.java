/**
 * {@code errand record}'s translation: what Playwright's recorder saw a person do (its JSON-lines
 * actions and their locators), what each press or focus landed on, and what errand's challenge and
 * payment scan said of each page, into a recipe in errand's own YAML. Pure: no browser, no files.
 */
package dev.errand.record;
