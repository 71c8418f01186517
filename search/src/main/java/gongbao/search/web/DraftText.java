package gongbao.search.web;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gongbao.search.BadRequestException;
import io.javalin.http.Context;
import java.io.IOException;

/** The text to check, from a request's body: a JSON object's {@code text}, or a form's field {@code text}. */
final class DraftText {

  static final String FIELD = "text";
  private static final ObjectMapper JSON = new ObjectMapper();

  private DraftText() {}

  static String of(Context ctx) {
    String type = RequestParams.contentType(ctx);
    if (type.startsWith("application/json")) {
      return fromJson(ctx);
    }
    if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
      return fromForm(ctx);
    }
    throw new BadRequestException("send the text as JSON {\"text\": \"…\"} or as the form field 'text' "
        + "(Content-Type application/json or application/x-www-form-urlencoded)");
  }

  /** The form's field, or a 400 naming what is wrong with the form (a bad escape would drop the field silently). */
  static String fromForm(Context ctx) {
    if (RequestParams.contentType(ctx).startsWith("application/x-www-form-urlencoded")) {
      PercentEscapes.check(ctx.body(), "the form body");
    }
    String text = ctx.formParam(FIELD);
    if (text == null) {
      throw new BadRequestException("the form has no field 'text'");
    }
    return text;
  }

  private static String fromJson(Context ctx) {
    JsonNode body;
    try {
      body = JSON.readTree(ctx.bodyAsBytes());
    } catch (JacksonException e) {
      throw new BadRequestException("the body is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadRequestException("the body cannot be read: " + e.getMessage());
    }
    JsonNode text = body == null ? null : body.get(FIELD);
    if (text == null || !text.isTextual()) {
      throw new BadRequestException("the JSON body needs a string field 'text'");
    }
    return text.asText();
  }
}
