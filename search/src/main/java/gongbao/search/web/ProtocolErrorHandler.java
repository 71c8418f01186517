package gongbao.search.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.search.api.ErrorResponse;
import gongbao.search.web.html.ErrorPage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jspecify.annotations.Nullable;

/**
 * Answers the requests Jetty refuses before they reach a route (a URI too long, headers too large,
 * bad UTF-8 in the path, an ambiguous path) as the routes answer errors, with the security headers,
 * instead of Jetty's own page: in the app's one JSON error shape where {@link GongbaoApp#answersJson}
 * says so, else with the site's error page.
 */
final class ProtocolErrorHandler extends ErrorHandler {

  /** The method of the request Jetty makes up to answer one whose request line it could not read. */
  private static final String UNREAD_REQUEST_METHOD = "BAD";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Jetty writes a body only for GET, POST and HEAD by default; every refusal gets one here. */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request, Response response, int status, @Nullable String message, @Nullable Throwable cause, Callback callback)
      throws IOException {
    String text = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    boolean json = answersJson(request);
    byte[] body = json
        ? JSON.writeValueAsBytes(ErrorResponse.of(code(status), text))
        : new ErrorPage(status, text).render().getBytes(StandardCharsets.UTF_8);
    HttpFields.Mutable headers = response.getHeaders();
    SecurityHeaders.ALL.forEach(headers::put);
    String path = request.getHttpURI().getPath();
    if (path != null && GongbaoApp.isPublicApi(path)) { // a script across origins reads the refusal as the routes' own
      headers.put("Access-Control-Allow-Origin", "*");
    }
    headers.put(HttpHeader.CONTENT_TYPE, json ? "application/json;charset=utf-8" : "text/html;charset=utf-8");
    headers.put(HttpHeader.CONTENT_LENGTH, body.length);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /**
   * JSON under the API, and wherever the path is not known: when Jetty cannot read the request target (a malformed
   * escape in the path, {@code /%FF}) it answers a request it makes up, with no path.
   */
  private static boolean answersJson(Request request) {
    String path = request.getHttpURI().getPath();
    return UNREAD_REQUEST_METHOD.equals(request.getMethod()) || path == null || GongbaoApp.answersJson(path);
  }

  private static String code(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "too_large";
      case 414 -> "uri_too_long";
      case 431 -> "headers_too_large";
      default -> "http_" + status;
    };
  }
}
