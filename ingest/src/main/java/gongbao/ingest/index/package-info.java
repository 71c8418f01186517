/** The index: schema, writer and the ingest run. */
@NullMarked
package gongbao.ingest.index;

import org.jspecify.annotations.NullMarked;
