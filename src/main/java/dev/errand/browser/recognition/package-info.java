/**
 * The product's safety rules: what is a challenge (CAPTCHA, interstitial) and what is payment entry
 * or a payment control. One table of signatures ({@link dev.errand.browser.recognition.Signatures})
 * serves the Java side and the page scripts, which take it as an {@code evaluate} argument; pay
 * wording and saved cards likewise. Knows nothing of Playwright: the adapter runs the scripts and
 * hands their answers here.
 */
package dev.errand.browser.recognition;
