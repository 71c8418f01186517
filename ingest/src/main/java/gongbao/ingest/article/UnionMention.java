package gongbao.ingest.article;

import org.jspecify.annotations.Nullable;

/**
 * A union organisation named in an article.
 *
 * @param name canonical full name, e.g. {@code 重庆市沙坪坝区总工会}
 * @param level national, provincial, city, county, industry, enterprise or federation
 */
public record UnionMention(String name, String level, @Nullable String regionCode) {}
