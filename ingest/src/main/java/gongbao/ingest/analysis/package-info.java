/** Chinese text analysis: the only place that configures HanLP. */
@NullMarked
package gongbao.ingest.analysis;

import org.jspecify.annotations.NullMarked;
