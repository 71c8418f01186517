/** Reading page files: corpus layout, paper descriptions, encodings; HTML pages through {@code gongbao.ingest.html}. */
@NullMarked
package gongbao.ingest.page;

import org.jspecify.annotations.NullMarked;
