package gongbao.ingest.extract.evaluation;

/** Counts for one field over many articles: matches, items extracted, items in the gold. */
public record FieldScore(String field, int matched, int extracted, int gold) {

  public FieldScore add(int matched, int extracted, int gold) {
    return new FieldScore(field, this.matched + matched, this.extracted + extracted, this.gold + gold);
  }

  /** 1 when nothing was extracted. */
  public double precision() {
    return extracted == 0 ? 1 : (double) matched / extracted;
  }

  /** 1 when the gold has nothing. */
  public double recall() {
    return gold == 0 ? 1 : (double) matched / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
