/** What kind of item a page holds: a normal story, or photo news (title, caption, credit). */
export type ArticleKind = 'article' | 'photo';

/** One story recovered from an OCR'd newspaper page. Text is kept exactly as printed. */
export interface Article {
  /** Content-derived and stable: parsing the same page twice gives the same id. Short, URL- and customId-safe. */
  id: string;
  kind: ArticleKind;
  title: string;
  /** 引题: the line printed above the main title. */
  kicker: string | null;
  /** 副题: the line printed below the main title, often starting with `——`. */
  subtitle: string | null;
  /** Names only, in printed order (reporters first, then correspondents; the photographer for photo items). */
  authors: string[];
  /** The byline as printed, e.g. `□首席记者 陈晓苏`, or `记者 杨成栋 摄` for photos. */
  byline: string | null;
  /** `本报讯 7月29日晚` and the like, without the trailing comma. */
  dateline: string | null;
  /** Paragraphs with column breaks rejoined. The dateline stays at the start of the first paragraph, as printed. */
  paragraphs: string[];
  /** Indexes of paragraphs that are intertitles (`抓项目 促发展`, `一、…`), for showing them bold; absent when none. */
  subheads?: number[];
  /** The section banner the story is printed under, if the page has one. */
  section: string | null;
}

/** One newspaper page: its metadata and its articles. */
export interface Page {
  /** The file name (or other label) the bytes came from. */
  source: string;
  /** The detected encoding, e.g. `utf-8`, `utf-8-bom`, `utf-16le`, `gb18030`. */
  encoding: string;
  /** The page date as `YYYY-MM-DD`, from a header line or the file name; null when neither says. */
  date: string | null;
  /** Section banners, de-duplicated where OCR read them twice. */
  sections: string[];
  /** Header/footer lines deliberately dropped (date line, 版次, 责任编辑, 版式设计 …), kept for accountability. */
  furniture: string[];
  articles: Article[];
}
