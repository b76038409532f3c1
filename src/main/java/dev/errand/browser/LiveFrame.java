package dev.errand.browser;

/**
 * One picture of the tab for a person watching from elsewhere: a JPEG, when the browser drew it
 * (milliseconds since the epoch), and the size of the viewport it shows (CSS pixels), by which a
 * point on the picture maps to a point on the page.
 */
// the picture is handed on as it came, never compared or hashed, and nobody changes it
@SuppressWarnings("ArrayRecordComponent")
public record LiveFrame(byte[] jpeg, long drawnAtMillis, int viewportWidth, int viewportHeight) {}
