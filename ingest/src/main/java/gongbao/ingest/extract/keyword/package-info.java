/** Keywords (TextRank over the article's tokens) and the extractive summary. */
@NullMarked
package gongbao.ingest.extract.keyword;

import org.jspecify.annotations.NullMarked;
