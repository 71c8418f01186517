/** Reading page files: corpus layout, paper descriptions, encodings, HTML. */
@NullMarked
package gongbao.ingest.page;

import org.jspecify.annotations.NullMarked;
