/** Persons named in a story, apart from the byline staff. */
@NullMarked
package gongbao.ingest.extract.person;

import org.jspecify.annotations.NullMarked;
