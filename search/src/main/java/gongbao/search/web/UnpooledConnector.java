package gongbao.search.web;

import io.javalin.config.JettyConfig;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The server's HTTP connector, as Javalin would make it but with a buffer pool that pools nothing.
 *
 * <p>Jetty 12.1.12 can hand a connection's request buffer back to its pool while a second thread still fills it:
 * when the parser refuses a request (a control byte in the target: 400; a 100 KB target: 414), the error answer
 * is written on another thread, which then resumes reading the connection while the parsing thread has not yet
 * released the buffer. By then the pool may have given that buffer to the next connection, whose request or answer
 * it clobbered: that request got no answer, or its write failed ("newPosition > limit"). Without pooling, a buffer
 * released too early belongs to no other connection.
 */
final class UnpooledConnector {

  private UnpooledConnector() {}

  /** A connector on the host and port that {@code Javalin.start} put into {@code jetty}. */
  static ServerConnector create(Server server, HttpConfiguration http, JettyConfig jetty) {
    ServerConnector connector =
        new ServerConnector(server, null, null, ByteBufferPool.NON_POOLING, -1, -1, new HttpConnectionFactory(http));
    connector.setHost(jetty.host);
    connector.setPort(jetty.port);
    return connector;
  }
}
