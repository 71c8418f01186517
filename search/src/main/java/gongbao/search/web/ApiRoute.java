package gongbao.search.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;

/** A route of the API: registered with Javalin and described in the OpenAPI document from this one record. */
record ApiRoute(HandlerType method, String path, String summary, List<ApiParam> params, Handler handler) {

  ApiRoute {
    params = List.copyOf(params);
  }
}
