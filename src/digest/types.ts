import type { ArticleKind } from '../news/types.js';

/** The article data a digest needs; a StoredArticle satisfies it. */
export interface DigestSource {
  id: string;
  kind: ArticleKind;
  title: string;
  kicker: string | null;
  authors: string[];
  lede: string;
  section: string | null;
  date: string | null;
  position: number;
  /** The page it was printed on; an edition of several pages keeps each page's stories together. */
  source?: string;
  /** Its page printed no date: `date` is only the day the file arrived. */
  dateReceived?: boolean;
}

export interface DigestItem {
  articleId: string;
  kind: ArticleKind;
  title: string;
  kicker: string | null;
  lede: string;
  authors: string[];
}

export interface DigestSection {
  /** The section banner, or null for articles printed under none. */
  name: string | null;
  items: DigestItem[];
}

/** One edition's worth of digest. */
export interface DigestEdition {
  date: string;
  /** None of its pages printed a date: `date` is the day they arrived, never to be shown as that day's paper. */
  received?: boolean;
  sections: DigestSection[];
}

/** What a channel receives: one or more editions it has not been sent yet, oldest first. */
export interface Digest {
  /** The newest edition date included (what gets recorded as sent). */
  editionDate: string;
  editions: DigestEdition[];
  itemCount: number;
}
