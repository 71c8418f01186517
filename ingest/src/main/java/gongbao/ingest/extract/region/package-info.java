/** Regions: the GB/T 2260 gazetteer, place mentions in text and the roles of an article's regions. */
@NullMarked
package gongbao.ingest.extract.region;

import org.jspecify.annotations.NullMarked;
