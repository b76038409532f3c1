/**
 * Reads a site's clock from its HTTP {@code Date} headers to a few milliseconds: {@link
 * dev.errand.timing.sync.ClockSync} probes, {@link dev.errand.timing.sync.SyncResult} reports (with
 * every sample, for the journal), and {@link dev.errand.timing.sync.SyncedSiteClock} plugs the
 * result into {@link dev.errand.timing.SiteClock}. The arithmetic ({@link
 * dev.errand.timing.sync.OffsetBounds}, the probe planner) is separate from the I/O ({@link
 * dev.errand.timing.sync.Probe}), so tests run on fake clocks against a fake site.
 */
package dev.errand.timing.sync;
