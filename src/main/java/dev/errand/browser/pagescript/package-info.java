/**
 * The scripts errand sends to pages ({@code src/main/resources/errand/*.js}), each behind {@code
 * dom.js}, the one reading of text, visibility, roles, names and locators they share.
 */
package dev.errand.browser.pagescript;
