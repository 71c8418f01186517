/** The query language: parsing a query string and building the Lucene query for it. */
@NullMarked
package gongbao.search.query;

import org.jspecify.annotations.NullMarked;
