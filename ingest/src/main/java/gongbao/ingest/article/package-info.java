/** The article model and the splitter that cuts a page's text into articles. */
@NullMarked
package gongbao.ingest.article;

import org.jspecify.annotations.NullMarked;
