/** Reprints: MinHash signatures over character shingles and the clusterer that groups near-identical articles. */
@NullMarked
package gongbao.ingest.extract.reprint;

import org.jspecify.annotations.NullMarked;
