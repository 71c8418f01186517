package gongbao.ingest.extract.union;

import gongbao.ingest.article.UnionMention;

/**
 * A union organisation named in a text.
 *
 * @param start offset where the name (as written) starts
 * @param end offset after it
 * @param written the name as written (西藏自治区总, 杭州临安总工会)
 * @param union the organisation: canonical name, level, region
 */
public record UnionMatch(int start, int end, String written, UnionMention union) {}
