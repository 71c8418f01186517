package gongbao.search.web;

import java.util.Map;

/**
 * The headers every response carries, pages, API answers and errors alike (also those Jetty writes
 * itself): a strict content security policy that forbids framing, no MIME sniffing, no referrer
 * leaking to other sites.
 */
final class SecurityHeaders {

  static final Map<String, String> ALL = Map.of(
      "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; "
              + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
      "X-Content-Type-Options", "nosniff",
      "Referrer-Policy", "same-origin");

  private SecurityHeaders() {}
}
