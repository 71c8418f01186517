package gongbao.search.web;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * HTTP/1.1 connections that keep the request target Jetty could not read (a malformed percent escape
 * in the path), as the connection attribute {@link #REFUSED_TARGET}: Jetty answers such a request as a
 * made-up one with no path, so without it {@link ProtocolErrorHandler} could not tell a page from the API.
 */
final class TargetKeepingConnectionFactory extends HttpConnectionFactory {

  static final String REFUSED_TARGET = "gongbao.refusedTarget";

  TargetKeepingConnectionFactory(HttpConfiguration config) {
    super(config);
  }

  /**
   * Puts this factory in place of the plain HTTP/1.1 one on the server's connectors as the server
   * starts: Javalin adds its connector only then.
   */
  static void installOn(Server server) {
    server.addEventListener(new LifeCycle.Listener() {
      @Override
      public void lifeCycleStarting(LifeCycle event) {
        replacePlainFactories(server);
      }
    });
  }

  private static void replacePlainFactories(Server server) {
    for (Connector connector : server.getConnectors()) {
      HttpConnectionFactory plain = connector.getConnectionFactory(HttpConnectionFactory.class);
      if (connector instanceof AbstractConnector abstractConnector && plain != null
          && !(plain instanceof TargetKeepingConnectionFactory)) {
        abstractConnector.addConnectionFactory(new TargetKeepingConnectionFactory(plain.getHttpConfiguration()));
      }
    }
  }

  /** As {@link HttpConnectionFactory#newConnection}, with the connection that keeps a refused target. */
  @Override
  public Connection newConnection(Connector connector, EndPoint endPoint) {
    HttpConnection connection = new TargetKeepingConnection(getHttpConfiguration(), connector, endPoint);
    connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
    return configure(connection, connector, endPoint);
  }

  private static final class TargetKeepingConnection extends HttpConnection {

    TargetKeepingConnection(HttpConfiguration config, Connector connector, EndPoint endPoint) {
      super(config, connector, endPoint);
    }

    /** Jetty parses the target here, and refuses the request when this throws. */
    @Override
    protected HttpStreamOverHTTP1 newHttpStream(String method, String target, HttpVersion version) {
      try {
        return super.newHttpStream(method, target, version);
      } catch (IllegalArgumentException e) {
        setAttribute(REFUSED_TARGET, target);
        throw e;
      }
    }
  }
}
