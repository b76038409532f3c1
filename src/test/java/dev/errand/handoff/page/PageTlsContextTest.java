package dev.errand.handoff.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errand.profile.PageTls;
import dev.errand.recipe.HandoffReason;
import dev.errand.run.HandoffRequest;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The handoff page over TLS with the profile's certificate (RSA or EC): an https link, the page
 * served to a client that trusts only that certificate, a wrong token still 404, the port closed to
 * plain http.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PageTlsContextTest {

  private static final HandoffRequest REQUEST =
      new HandoffRequest(
          HandoffReason.CHALLENGE,
          "solve it",
          Optional.empty(),
          Duration.ofSeconds(10),
          "u",
          "s",
          Optional.empty(),
          Optional.empty());

  @TempDir Path dir;

  private PageTls pair(String kind) throws Exception {
    for (String f : new String[] {kind + "-cert.pem", kind + "-key.pem"}) {
      try (InputStream in = PageTlsContextTest.class.getResourceAsStream("/tls/" + f)) {
        Files.copy(in, dir.resolve(f));
      }
    }
    return PageTls.read(dir.resolve(kind + "-cert.pem"), dir.resolve(kind + "-key.pem"));
  }

  private static HttpClient trusting(PageTls tls) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("page", tls.chain().get(0));
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return HttpClient.newBuilder().sslContext(context).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"page", "ec"})
  void thePageIsServedOverTlsWithTheCertificate(String kind) throws Exception {
    PageTls tls = pair(kind);
    HandoffPage pages =
        new HandoffPage(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            Optional.of(PageTlsContext.of(tls.chain(), tls.privateKey())));
    try {
      HandoffPageServer server = pages.open(REQUEST).orElseThrow().server();
      assertTrue(server.tls());
      assertTrue(
          server.link().toString().startsWith("https://127.0.0.1:"), server.link().toString());
      assertTrue(server.shown().startsWith("https://") && server.shown().endsWith("/h/…/"));
      HttpClient client = trusting(tls);
      HttpResponse<String> page =
          client.send(
              HttpRequest.newBuilder(server.link()).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("Done"));
      URI wrong = server.link().resolve("/h/" + "A".repeat(43) + "/");
      assertEquals(
          404,
          client
              .send(HttpRequest.newBuilder(wrong).build(), HttpResponse.BodyHandlers.discarding())
              .statusCode());
    } finally {
      pages.close();
    }
  }

  @Test
  void withoutTlsTheLinkIsHttp() throws Exception {
    PageSession session =
        new PageSession(
            new PageSession.About("challenge", "Solve it", Optional.empty(), Optional.empty()));
    try (HandoffPageServer server =
        HandoffPageServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), session)) {
      assertEquals(false, server.tls());
      assertTrue(server.link().toString().startsWith("http://127.0.0.1:"));
    }
  }
}
