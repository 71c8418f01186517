package gongbao.search.web;

import gongbao.ingest.index.IngestReport;
import gongbao.search.BadRequestException;
import gongbao.search.PageUploads;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.BadMessageException;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/admin/ingest}: multipart upload of page files with form fields {@code paper},
 * {@code paperName} (for a new paper) and {@code date}. Needs {@code Authorization: Bearer <token>};
 * off unless a token is configured.
 */
final class AdminController {

  static final String PATH = "/api/v1/admin/ingest";

  private final byte @Nullable [] token;
  private final @Nullable PageUploads uploads;

  AdminController(@Nullable String token, @Nullable PageUploads uploads) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.uploads = uploads;
  }

  void ingest(Context ctx) throws IOException {
    if (token == null || uploads == null) {
      throw new ForbiddenResponse("admin routes are off: start the server with an admin token to enable uploads");
    }
    String header = ctx.header("Authorization");
    byte[] given = header != null && header.regionMatches(true, 0, "Bearer ", 0, "Bearer ".length()) // any case
        ? header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8)
        : new byte[0];
    if (!MessageDigest.isEqual(token, given)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse("a valid bearer token is required");
    }
    Map<String, List<String>> fields = formFields(ctx);
    String paper = first(fields, "paper");
    if (paper == null || paper.isBlank()) {
      throw new BadRequestException("form field 'paper' is required");
    }
    List<PageUploads.Upload> files = new ArrayList<>();
    for (UploadedFile file : ctx.uploadedFiles("file")) {
      try (InputStream content = file.content()) {
        files.add(new PageUploads.Upload(file.filename(), content.readAllBytes()));
      }
    }
    IngestReport report =
        uploads.ingest(paper.strip(), first(fields, "paperName"), date(first(fields, "date")), files);
    ctx.json(Map.of(
        "pages", report.pages(), "articles", report.articles(), "failures", report.failures()));
  }

  /** The form's fields; a body that is not a readable multipart form is the client's error, not the server's. */
  private static Map<String, List<String>> formFields(Context ctx) {
    String type = RequestParams.contentType(ctx);
    if (!type.startsWith("multipart/form-data")) {
      throw new BadRequestException("the request body is not a multipart form (Content-Type "
          + (type.isEmpty() ? "missing" : type) + "); send the fields and files as multipart/form-data");
    }
    try {
      return ctx.formParamMap();
    } catch (Exception e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof BadMessageException) {
          throw new BadRequestException("the request body is not a readable multipart form (" + cause.getMessage()
              + "); send the fields and files as multipart/form-data");
        }
      }
      throw e;
    }
  }

  private static @Nullable String first(Map<String, List<String>> fields, String name) {
    List<String> values = fields.getOrDefault(name, List.of());
    return values.isEmpty() ? null : values.get(0);
  }

  private static @Nullable LocalDate date(@Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("form field 'date' must be a date like 2024-03-22, not '" + value + "'");
    }
  }
}
