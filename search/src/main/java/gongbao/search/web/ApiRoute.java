package gongbao.search.web;

import gongbao.search.BadRequestException;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A route of the API: registered with Javalin and described in the OpenAPI document from this one record.
 *
 * @param operationId the operation's name in the document, for generated clients
 * @param response the type of the JSON answer (its schema is read off it), or null for an answer that is not JSON
 */
record ApiRoute(HandlerType method, String path, String operationId, String summary, List<ApiParam> params,
    @Nullable Type response, Handler handler) {

  ApiRoute {
    params = List.copyOf(params);
  }

  /**
   * Refuses a query parameter the route does not take, and one that takes a single value given more than once: a
   * misspelt filter ({@code regoin=}, {@code region[]=}) would otherwise widen a search unseen, and of two values one
   * would be dropped unseen.
   */
  void checkQueryParameters(Context ctx) {
    for (Map.Entry<String, List<String>> given : ctx.queryParamMap().entrySet()) {
      ApiParam param = params.stream()
          .filter(p -> p.in().equals("query") && p.name().equals(given.getKey())).findFirst().orElse(null);
      if (param == null) {
        List<String> taken = params.stream().filter(p -> p.in().equals("query")).map(ApiParam::name).toList();
        throw new BadRequestException("unknown parameter '" + given.getKey() + "' for " + path
            + (taken.isEmpty() ? ", which takes none" : "; it takes " + String.join(", ", taken)));
      }
      if (!param.repeatable() && given.getValue().size() > 1) {
        throw new BadRequestException("parameter '" + param.name() + "' is given " + given.getValue().size()
            + " times; it takes one value");
      }
    }
  }
}
