/**
 * {@code errand bench}: how fast errand reacts at a release instant compared with a naive
 * Playwright script and with the floor (one raw HTTP request at the exact instant), measured on the
 * demo shop's own request log over a spread of clock skews.
 *
 * <p>With {@code --faults} ({@link dev.errand.bench.FaultBench}), whole purchases instead, on a
 * demo shop that misbehaves as an overloaded sale does ({@link dev.errand.bench.FaultMode}), errand
 * beside the naive script, every figure read from the shop's side ({@link
 * dev.errand.bench.ShopSide}).
 *
 * <p>Speed targets live here, as printed figures, rather than in timed unit tests.
 */
package dev.errand.bench;
