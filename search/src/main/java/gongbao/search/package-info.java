/** Reads the index: searcher and query language. No HTTP types here. */
@NullMarked
package gongbao.search;

import org.jspecify.annotations.NullMarked;
