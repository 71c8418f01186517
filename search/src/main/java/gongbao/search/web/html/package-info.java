/**
 * The server-rendered pages, written with {@link gongbao.search.web.html.HtmlWriter}: text is
 * escaped by construction, and only the search snippets (escaped by the snippet builder, marked
 * with {@code <mark>}) are taken as markup.
 */
@NullMarked
package gongbao.search.web.html;

import org.jspecify.annotations.NullMarked;
