/** Pages to articles to a Lucene index. Knows nothing of HTTP. */
@NullMarked
package gongbao.ingest;

import org.jspecify.annotations.NullMarked;
