/** Union organisations: names found by rules over the gazetteer and union suffixes, abbreviations resolved, canonical names. */
@NullMarked
package gongbao.ingest.extract.union;

import org.jspecify.annotations.NullMarked;
