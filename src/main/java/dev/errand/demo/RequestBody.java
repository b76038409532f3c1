package dev.errand.demo;

import java.io.IOException;
import java.io.InputStream;

/** A request's body: the next {@code Content-Length} bytes of the connection, and no more. */
final class RequestBody extends InputStream {

  private final InputStream in;
  private long remaining;

  RequestBody(InputStream in, long length) {
    this.in = in;
    this.remaining = length;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] bytes, int offset, int length) throws IOException {
    if (remaining == 0) {
      return -1;
    }
    int n = in.read(bytes, offset, (int) Math.min(length, remaining));
    if (n < 0) {
      throw new IOException("connection closed " + remaining + " bytes before the body ended");
    }
    remaining -= n;
    return n;
  }

  @Override
  public int available() throws IOException {
    return (int) Math.min(in.available(), remaining);
  }

  /** Closing leaves the connection open: the unread rest is skipped by {@link #drain}. */
  @Override
  public void close() {}

  /**
   * Skips what the handler did not read, so the next request can be parsed; false if more than
   * {@code limit} bytes were left (the connection should then be closed instead).
   */
  boolean drain(long limit) throws IOException {
    if (remaining > limit) {
      return false;
    }
    byte[] sink = new byte[8192];
    while (remaining > 0) {
      if (read(sink, 0, sink.length) < 0) {
        return false;
      }
    }
    return true;
  }
}
