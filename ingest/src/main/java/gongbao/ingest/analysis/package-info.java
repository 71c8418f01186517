/**
 * Chinese text analysis, and the only place that configures HanLP ({@link
 * gongbao.ingest.analysis.HanLpSegmenters}).
 *
 * <ul>
 *   <li>{@link gongbao.ingest.analysis.TextNormalizer}: length-preserving normalisation (full-width →
 *       half-width, traditional → simplified), so offsets stay exact for highlighting.
 *   <li>Words: {@link gongbao.ingest.analysis.WordSegmenter} segments with HanLP once; {@link
 *       gongbao.ingest.analysis.UnionTermMerger} joins words that spell a {@link
 *       gongbao.ingest.analysis.UnionDictionary} term. {@link gongbao.ingest.analysis.HanLpTokenizer}
 *       (SPI name {@code gongbaoHanlp}) does both for the analyzer; {@link
 *       gongbao.ingest.analysis.GongbaoAnalyzers#words(SegmentedText)} gives the same tokens from a
 *       text extraction has segmented already, so the ingest segments each text once.
 *   <li>Characters: {@link gongbao.ingest.analysis.CharacterTokenizer} (SPI name {@code
 *       gongbaoCharacter}): Han bigrams plus unigrams at the edges of each run; {@link
 *       gongbao.ingest.analysis.CharacterPhrases} turns a quoted string into an exact query on it.
 *   <li>{@link gongbao.ingest.analysis.TextQueries}: a user word or quoted phrase as a Lucene query,
 *       with {@link gongbao.ingest.analysis.Synonyms} at query time only.
 *   <li>{@link gongbao.ingest.analysis.GongbaoAnalyzers#VERSION}: analysis + dictionary version,
 *       stored in the index.
 * </ul>
 */
@NullMarked
package gongbao.ingest.analysis;

import org.jspecify.annotations.NullMarked;
