package dev.errand.handoff.page;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * The TLS the handoff page is served with: the person's own certificate and key (already read and
 * checked with the profile), in an in-memory key store under a throwaway password. JDK only.
 */
public final class PageTlsContext {

  private PageTlsContext() {}

  /**
   * A server context for {@code chain} (the certificate first) and its {@code key}.
   *
   * @throws IllegalArgumentException when the JDK will not take them (said in one line)
   */
  public static SSLContext of(List<X509Certificate> chain, PrivateKey key) {
    try {
      byte[] random = new byte[18];
      new SecureRandom().nextBytes(random);
      char[] password = Base64.getEncoder().encodeToString(random).toCharArray();
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("handoff-page", key, password, chain.toArray(new X509Certificate[0]));
      KeyManagerFactory keys =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keys.init(store, password);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys.getKeyManagers(), null, null);
      return context;
    } catch (GeneralSecurityException | java.io.IOException e) {
      throw new IllegalArgumentException(
          "the handoff page's certificate and key cannot be used for TLS (" + e.getMessage() + ")",
          e);
    }
  }
}
