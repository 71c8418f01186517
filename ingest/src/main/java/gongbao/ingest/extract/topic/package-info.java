/** Topics: the editable taxonomy of union-work themes and the classifier that scores articles against it. */
@NullMarked
package gongbao.ingest.extract.topic;

import org.jspecify.annotations.NullMarked;
