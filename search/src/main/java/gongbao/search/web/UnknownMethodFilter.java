package gongbao.search.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.search.api.ErrorResponse;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses request methods HTTP does not define with a JSON 405, before Javalin sees them: Javalin
 * answers a method name that is not all capitals with a 500, and remembers every other new name in
 * a map that never shrinks.
 */
final class UnknownMethodFilter implements Filter {

  static final Set<String> STANDARD_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String method = ((HttpServletRequest) request).getMethod();
    if (STANDARD_METHODS.contains(method)) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletResponse http = (HttpServletResponse) response;
    byte[] body = JSON.writeValueAsBytes(
        ErrorResponse.of("method_not_allowed", "request method not supported; use GET, HEAD or POST"));
    http.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
    SecurityHeaders.ALL.forEach(http::setHeader);
    http.setHeader("Allow", "GET, HEAD, POST");
    http.setContentType("application/json;charset=utf-8");
    http.setContentLength(body.length);
    http.getOutputStream().write(body);
  }
}
