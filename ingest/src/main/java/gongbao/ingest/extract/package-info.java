/** Metadata extraction: regions, unions, topics, persons, keywords, reprint clusters. */
@NullMarked
package gongbao.ingest.extract;

import org.jspecify.annotations.NullMarked;
