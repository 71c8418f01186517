package gongbao.search.web;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Seeded random requests meant to break the server: malformed queries, absurd numbers and dates,
 * 100 KB values, control characters, invalid UTF-8 and broken percent-escapes, path traversal in
 * ids, odd methods — on every route.
 */
final class HostileRequestGenerator {

  /** One request: its method and the raw request target. */
  record HostileRequest(String method, byte[] target) {

    String targetText() {
      String text = new String(target, StandardCharsets.ISO_8859_1);
      return text.length() > 200 ? text.substring(0, 200) + "…(" + text.length() + " bytes)" : text;
    }

    boolean api() {
      String text = new String(target, StandardCharsets.ISO_8859_1);
      return text.startsWith("/api/") || text.startsWith("/healthz") || text.startsWith("/openapi.json");
    }
  }

  private static final List<String> ROUTES = List.of(
      "/api/v1/search", "/api/v1/trends", "/api/v1/export", "/api/v1/kwic", "/api/v1/suggest", "/api/v1/stats",
      "/healthz", "/openapi.json", "/", "/api/v1/articles/{id}", "/api/v1/articles/{id}/related", "/articles/{id}",
      "/api/v1/admin/ingest", "/api/v2/search", "/static/{id}", "/{id}");

  private static final List<String> PARAMS = List.of(
      "q", "q", "q", "sort", "page", "size", "cursor", "region", "union", "topic", "paper", "person", "kind", "from",
      "to", "interval", "by", "measure", "distinct", "format", "prefix");

  private static final List<String> QUERIES = List.of(
      "劳模", "\"工会驿站\"", "title:劳模 OR 工会", "paper:(grrb OR zjgrb) 劳模", "骑手 -外卖", "工会",
      "\"工会", "“劳模", "a\"b\"c\"", "((((", ")))", "(劳模 OR (工会", "OR", "AND", "-", "--", "OR OR OR", "title:",
      ":", "-\"", "paper:()", "\"\"", "()", "title:(", "region:", "-(-(-(", "工会 OR", "\"劳模\"\"", "*", "?", "~",
      "\\", "\\\"", "title:title:title:", "((((((((((((((((((((劳模))))))))))))))))))))");

  private static final List<String> NUMBERS = List.of(
      "99999999999999999999", "2147483648", "2147483647", "-2147483649", "-1", "0", "1e10", "0x10", "NaN", "1.5",
      " 5", "５", "+3", "", "١٢");

  private static final List<String> DATES = List.of(
      "2024-13-45", "0000-00-00", "+999999999-12-31", "2024-02-30", "-2024-01-01", "2024-1-1", "99999-01-01", "today");

  private static final List<String> IDS = List.of(
      "..", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "%2F", "a%2Fb", "../../pom.xml", "%2e%2e%2f%2e%2e%2f", "....//",
      "grrb:2024-03-22:01:1", "%00", "%FF", "%C0%AE%C0%AE", ".%2e/", "%252e%252e");

  private static final List<String> BROKEN_ESCAPES = List.of(
      "%", "%G1", "%FF", "%C3%28", "%ED%A0%80", "%F4%90%80%80", "%E4%B8", "%%", "%u5de5", "%0", "%2", "%C0%80");

  private static final List<String> METHODS = List.of(
      "GET", "GET", "GET", "GET", "GET", "GET", "GET", "GET", "GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE",
      "OPTIONS", "PATCH", "TRACE", "FOO", "get", "M-SEARCH", "BREW", "aaaa", "PROPFIND", "X");

  private final Random random;
  private final List<String> realIds;

  HostileRequestGenerator(long seed, List<String> realIds) {
    this.random = new Random(seed);
    this.realIds = List.copyOf(realIds);
  }

  HostileRequest next() {
    String method = random.nextInt(50) == 0 ? randomMethodName() : pick(METHODS);
    ByteArrayOutputStream target = new ByteArrayOutputStream();
    String route = pick(ROUTES);
    int idAt = route.indexOf("{id}");
    if (idAt < 0) {
      ascii(target, route);
    } else {
      ascii(target, route.substring(0, idAt));
      id(target);
      ascii(target, route.substring(idAt + 4));
    }
    int params = random.nextInt(5);
    for (int i = 0; i < params; i++) {
      ascii(target, i == 0 ? "?" : "&");
      ascii(target, random.nextInt(10) == 0 ? randomWord() : pick(PARAMS));
      if (random.nextInt(20) != 0) {
        ascii(target, "=");
        value(target);
      }
    }
    return new HostileRequest(method, target.toByteArray());
  }

  private void id(ByteArrayOutputStream target) {
    switch (random.nextInt(4)) {
      case 0 -> ascii(target, pick(IDS));
      case 1 -> ascii(target, realIds.isEmpty() ? "x" : encode(pick(realIds)));
      case 2 -> randomBytesEncoded(target, 1 + random.nextInt(40));
      default -> ascii(target, encode(randomText(1 + random.nextInt(30))));
    }
  }

  private void value(ByteArrayOutputStream target) {
    switch (random.nextInt(12)) {
      case 0, 1, 2 -> ascii(target, encode(pick(QUERIES)));
      case 3 -> ascii(target, encode(pick(NUMBERS)));
      case 4 -> ascii(target, encode(pick(DATES)));
      case 5 -> ascii(target, pick(BROKEN_ESCAPES));
      case 6 -> randomBytesEncoded(target, 1 + random.nextInt(60));
      case 7 -> rawBytes(target, 1 + random.nextInt(20));
      case 8 -> ascii(target, encode(controlCharacters(1 + random.nextInt(30))));
      case 9 -> ascii(target, encode(randomText(1 + random.nextInt(200))));
      case 10 -> huge(target);
      default -> ascii(target, encode(pick(QUERIES) + " " + randomText(5)));
    }
  }

  /** A 100 KB value (one request in 24 or so): beyond the URI limit, or beyond the query limit. */
  private void huge(ByteArrayOutputStream target) {
    if (random.nextInt(2) == 0) {
      ascii(target, encode("工".repeat(100 * 1024 / 3)));
    } else {
      ascii(target, "a".repeat(random.nextBoolean() ? 100 * 1024 : 20 * 1024));
    }
  }

  private void randomBytesEncoded(ByteArrayOutputStream target, int count) {
    for (int i = 0; i < count; i++) {
      ascii(target, String.format("%%%02X", random.nextInt(256)));
    }
  }

  /** Bytes that have no business in a request line: controls, high bytes, spaces, '#'. */
  private void rawBytes(ByteArrayOutputStream target, int count) {
    for (int i = 0; i < count; i++) {
      int b = random.nextInt(256);
      target.write(b == '\r' || b == '\n' ? 0x7f : b);
    }
  }

  private String controlCharacters(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int c = random.nextInt(4) == 0 ? pick(List.of(0x7f, 0x2028, 0x2029, 0xFEFF, 0xFFFD, 0x200B, 0x202E)) : random.nextInt(32);
      text.append((char) c);
    }
    return text.toString();
  }

  private String randomText(int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(4)) {
        case 0 -> text.append((char) (0x4e00 + random.nextInt(0x9fa5 - 0x4e00)));
        case 1 -> text.append("\"()-: OR".charAt(random.nextInt(8)));
        case 2 -> text.appendCodePoint(random.nextInt(Character.MAX_CODE_POINT + 1));
        default -> text.append((char) (0x20 + random.nextInt(0x5f)));
      }
    }
    return text.toString();
  }

  /** Capital letters, as Javalin accepts them; each new one used to grow a map that never shrinks. */
  private String randomMethodName() {
    StringBuilder name = new StringBuilder();
    for (int i = 0, length = 1 + random.nextInt(12); i < length; i++) {
      name.append((char) ('A' + random.nextInt(26)));
    }
    return name.toString();
  }

  private String randomWord() {
    return encode(randomText(1 + random.nextInt(8)));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static void ascii(ByteArrayOutputStream target, String text) {
    target.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
