/**
 * Reading the one article of an HTML page: e-paper shapes and ordinary news pages (headline, body, date, the site's
 * credits), with the site's furniture and boilerplate left out.
 */
@NullMarked
package gongbao.ingest.html;

import org.jspecify.annotations.NullMarked;
