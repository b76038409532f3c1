package dev.errand.demo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * {@code /robots.txt} and {@code /favicon.ico}: files served as they are, never slowed by the
 * {@link RenderDelay}.
 */
final class StaticFiles {

  static final String ROBOTS_PATH = "/robots.txt";
  static final String FAVICON_PATH = "/favicon.ico";

  private static final byte[] ROBOTS = "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8);
  private static final byte[] FAVICON = favicon();

  private StaticFiles() {}

  static void robots(ShopExchange ex) throws IOException {
    ex.send(200, "text/plain; charset=utf-8", ROBOTS);
  }

  static void favicon(ShopExchange ex) throws IOException {
    ex.send(200, "image/x-icon", FAVICON.clone());
  }

  /** A 1×1 icon of one violet pixel: an ICO directory holding one 32-bit bitmap. */
  private static byte[] favicon() {
    ByteBuffer ico = ByteBuffer.allocate(70).order(ByteOrder.LITTLE_ENDIAN);
    ico.putShort((short) 0).putShort((short) 1).putShort((short) 1); // ICONDIR: one icon
    ico.put((byte) 1).put((byte) 1).put((byte) 0).put((byte) 0); // 1×1, no palette
    ico.putShort((short) 1).putShort((short) 32).putInt(48).putInt(22); // planes, bpp, size, at
    ico.putInt(40).putInt(1).putInt(2); // BITMAPINFOHEADER, 1 wide, 2 high (pixels + mask)
    ico.putShort((short) 1).putShort((short) 32).putInt(0).putInt(8); // planes, bpp, raw, size
    ico.putInt(0).putInt(0).putInt(0).putInt(0); // resolution and palette unused
    ico.put(new byte[] {(byte) 0xc0, 0x3b, 0x6b, (byte) 0xff}); // one BGRA pixel
    ico.putInt(0); // the transparency mask: opaque
    return ico.array();
  }
}
