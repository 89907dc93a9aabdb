/** The offline summary of one article. */
export interface ArticleSummary {
  /** One sentence for the digest, with `本报讯 …，` dateline boilerplate removed. */
  lede: string;
  /** The most central whole sentences, in original order, within the character budget, joined without separators. */
  summary: string;
  /** Top TF-IDF terms, most important first. */
  keywords: string[];
}
