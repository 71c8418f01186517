/**
 * Measuring the extraction against hand-checked gold metadata of whole pages: the gold file format, the
 * scoring per field (precision, recall). Used by the gold test and by the bench evaluation.
 */
@NullMarked
package gongbao.ingest.extract.evaluation;

import org.jspecify.annotations.NullMarked;
