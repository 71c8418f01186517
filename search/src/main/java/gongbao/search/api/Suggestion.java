package gongbao.search.api;

/**
 * A completion: the text, what kind of thing it is ({@code title}, {@code union}, {@code region},
 * {@code person}) and how many articles carry it.
 */
public record Suggestion(String text, String type, long count) {}
