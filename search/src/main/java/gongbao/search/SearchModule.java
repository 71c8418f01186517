package gongbao.search;

/** Placeholder until the searcher lands. */
final class SearchModule {
  private SearchModule() {}
}
