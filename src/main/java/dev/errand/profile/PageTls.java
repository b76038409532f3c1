package dev.errand.profile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handoff page's own certificate and key ({@code handoff.page.tls.certificate} and {@code
 * handoff.page.tls.key}): PEM files, read and checked when the profile loads, so a bad pair stops
 * the run before it starts. The key must be an unencrypted PKCS#8 RSA or EC key ({@code BEGIN
 * PRIVATE KEY}); the certificate file may carry the chain after it.
 *
 * @param certificate the certificate file, as the profile names it (resolved)
 * @param key the key file
 * @param chain the certificate first, then any chain
 * @param privateKey the key, which matches the certificate
 */
public record PageTls(
    Path certificate, Path key, List<X509Certificate> chain, PrivateKey privateKey) {

  /** What errand cannot read, in one line (the profile's comment says it too). */
  public static final String NOT_SUPPORTED =
      "errand reads only an unencrypted PKCS#8 RSA or EC key (BEGIN PRIVATE KEY), not an"
          + " encrypted one, not PKCS#1 (BEGIN RSA PRIVATE KEY) or SEC1 (BEGIN EC PRIVATE KEY)";

  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s:,-]*?)-----END \\1-----");
  private static final int MAX_BYTES = 1 << 20;

  public PageTls {
    chain = List.copyOf(chain);
  }

  /** A bad certificate or key: which of the two, and why, in a sentence. */
  public static final class Problem extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean inKey;

    Problem(boolean inKey, String message) {
      super(message, null, false, false);
      this.inKey = inKey;
    }

    /** Whether the key is at fault (else the certificate). */
    public boolean inKey() {
      return inKey;
    }
  }

  /** Reads and checks the pair; {@link Problem} says what is wrong with which file. */
  public static PageTls read(Path certificate, Path key) throws Problem {
    List<X509Certificate> chain = certificates(certificate);
    PrivateKey privateKey = privateKey(key);
    if (!matches(privateKey, chain.get(0))) {
      throw new Problem(true, key + " is not the key of the certificate " + certificate);
    }
    return new PageTls(certificate, key, chain, privateKey);
  }

  private static String text(Path file, boolean inKey) throws Problem {
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new Problem(inKey, file + " is too big for a PEM file");
      }
      return Files.readString(file, StandardCharsets.ISO_8859_1);
    } catch (NoSuchFileException e) {
      throw new Problem(inKey, "no such file: " + file);
    } catch (IOException e) {
      throw new Problem(inKey, "cannot read " + file + " (" + e.getMessage() + ")");
    }
  }

  private static List<X509Certificate> certificates(Path file) throws Problem {
    String pem = text(file, false);
    if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
      throw new Problem(false, file + " has no certificate (-----BEGIN CERTIFICATE-----)");
    }
    List<X509Certificate> chain;
    try {
      chain =
          CertificateFactory.getInstance("X.509")
              .generateCertificates(
                  new ByteArrayInputStream(pem.getBytes(StandardCharsets.ISO_8859_1)))
              .stream()
              .map(X509Certificate.class::cast)
              .toList();
    } catch (CertificateException | ClassCastException e) {
      throw new Problem(false, file + " is not a readable PEM certificate");
    }
    if (chain.isEmpty()) {
      throw new Problem(false, file + " has no certificate (-----BEGIN CERTIFICATE-----)");
    }
    // not valid yet is let through: a clock a little behind should not stop the run
    if (chain.get(0).getNotAfter().toInstant().isBefore(Instant.now())) {
      throw new Problem(false, "the certificate in " + file + " has expired");
    }
    return chain;
  }

  private static PrivateKey privateKey(Path file) throws Problem {
    String pem = text(file, true);
    Matcher m = BLOCK.matcher(pem);
    while (m.find()) {
      String type = m.group(1);
      if (type.equals("PRIVATE KEY")) {
        return pkcs8(file, m.group(2));
      }
      if (type.equals("ENCRYPTED PRIVATE KEY") || m.group(2).contains("ENCRYPTED")) {
        throw new Problem(
            true,
            file
                + " is encrypted: errand cannot ask for its passphrase; decrypt it to PKCS#8 with"
                + " `openssl pkey -in KEY -out KEY.pkcs8.pem` and keep that file yours alone");
      }
      if (type.endsWith("PRIVATE KEY")) {
        throw new Problem(
            true,
            file
                + " is a "
                + type.substring(0, type.length() - " PRIVATE KEY".length())
                + " key in an older format: "
                + NOT_SUPPORTED
                + "; convert it with `openssl pkey -in KEY -out KEY.pkcs8.pem`");
      }
    }
    throw new Problem(true, file + " has no private key (-----BEGIN PRIVATE KEY-----)");
  }

  private static PrivateKey pkcs8(Path file, String base64) throws Problem {
    byte[] der;
    try {
      der = Base64.getMimeDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new Problem(true, file + " is not a readable PEM key");
    }
    for (String algorithm : List.of("RSA", "EC")) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (InvalidKeySpecException e) {
        // try the next kind
      } catch (GeneralSecurityException e) {
        break;
      }
    }
    throw new Problem(true, file + " is not an RSA or EC key errand can read: " + NOT_SUPPORTED);
  }

  /** Whether {@code key} signs what the certificate's public key verifies. */
  private static boolean matches(PrivateKey key, X509Certificate certificate) {
    String algorithm = key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
    try {
      byte[] challenge = new byte[32];
      new SecureRandom().nextBytes(challenge);
      Signature sign = Signature.getInstance(algorithm);
      sign.initSign(key);
      sign.update(challenge);
      byte[] signature = sign.sign();
      Signature verify = Signature.getInstance(algorithm);
      verify.initVerify(certificate.getPublicKey());
      verify.update(challenge);
      return verify.verify(signature);
    } catch (GeneralSecurityException e) {
      return false; // an RSA key and an EC certificate, or the other way round
    }
  }

  @Override
  public String toString() {
    return "PageTls[" + certificate + ", " + key + "]";
  }
}
