/** HTTP: the Javalin app, the JSON API handlers and the server-rendered pages. */
@NullMarked
package gongbao.search.web;

import org.jspecify.annotations.NullMarked;
