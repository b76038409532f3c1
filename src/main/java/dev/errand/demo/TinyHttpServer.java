package dev.errand.demo;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small HTTP/1.1 server: one thread per connection, keep-alive, {@code Content-Length} bodies.
 *
 * <p>The shop does not use the JDK's {@code com.sun.net.httpserver}, because that server overwrites
 * the {@code Date} header of every response with the machine's clock, and the demo shop's clock may
 * be skewed on purpose. This one sends the handler's {@code Date}, or one from {@code dateClock} if
 * the handler set none.
 */
final class TinyHttpServer {

  private static final Logger LOG = LoggerFactory.getLogger(TinyHttpServer.class);
  private static final int MAX_CONNECTIONS = 128;

  private final ServerSocket listener;
  private final CallHandler handler;
  private final Clock dateClock;
  private final ExecutorService connectionThreads;
  private final Thread acceptThread;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  private TinyHttpServer(
      ServerSocket listener,
      CallHandler handler,
      Clock dateClock,
      ThreadFactory connectionThreads,
      ThreadFactory acceptThread) {
    this.listener = listener;
    this.handler = handler;
    this.dateClock = dateClock;
    this.connectionThreads = Executors.newCachedThreadPool(connectionThreads);
    this.acceptThread = acceptThread.newThread(this::acceptLoop);
  }

  /**
   * Binds {@code address:port} (0 = a free port) and starts accepting.
   *
   * @throws IOException if the port cannot be bound
   */
  static TinyHttpServer start(
      InetAddress address,
      int port,
      int backlog,
      CallHandler handler,
      Clock dateClock,
      ThreadFactory connectionThreads,
      ThreadFactory acceptThread)
      throws IOException {
    ServerSocket listener = new ServerSocket();
    try {
      listener.setReuseAddress(true);
      listener.bind(new InetSocketAddress(address, port), backlog);
    } catch (IOException e) {
      listener.close();
      throw e;
    }
    TinyHttpServer server =
        new TinyHttpServer(listener, handler, dateClock, connectionThreads, acceptThread);
    server.acceptThread.start();
    return server;
  }

  /** The bound address and port. */
  InetSocketAddress address() {
    return (InetSocketAddress) listener.getLocalSocketAddress();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = listener.accept();
      } catch (IOException e) {
        if (!closed) {
          LOG.warn("demo shop stopped accepting connections", e);
        }
        return;
      }
      serve(socket);
    }
  }

  private void serve(Socket socket) {
    if (open.size() >= MAX_CONNECTIONS) {
      LOG.warn("demo shop has {} open connections: refusing another", open.size());
      closeQuietly(socket);
      return;
    }
    open.add(socket);
    if (closed) {
      closeQuietly(socket);
      return;
    }
    try {
      connectionThreads.execute(
          () -> {
            try {
              new HttpConnection(socket, handler, dateClock).run();
            } finally {
              open.remove(socket);
            }
          });
    } catch (RejectedExecutionException e) {
      open.remove(socket);
      closeQuietly(socket);
    }
  }

  /**
   * Stops accepting, closes every connection and waits up to {@code waitMillis} ms for their
   * threads to end; false if some did not.
   */
  boolean close(long waitMillis) throws InterruptedException {
    closed = true;
    closeQuietly(listener);
    for (Socket socket : open) {
      closeQuietly(socket);
    }
    connectionThreads.shutdownNow();
    acceptThread.join(waitMillis);
    return connectionThreads.awaitTermination(waitMillis, TimeUnit.MILLISECONDS)
        && !acceptThread.isAlive();
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      LOG.trace("closing {} failed: {}", closeable, e.toString());
    }
  }
}
