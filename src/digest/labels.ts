import { langOf, type Lang } from '../i18n/index.js';

/** Languages a digest is rendered in: the UI's languages. */
export type DigestLocale = Lang;

/** The fixed words around a digest, per language; the article text itself is printed as stored. */
export interface DigestLabels {
  heading: (date: string, count: number) => string;
  edition: (date: string) => string;
  /** Title for articles printed under no section banner. */
  noSection: string;
  continued: string;
  photo: string;
  authorsJoin: string;
}

const LABELS: Record<DigestLocale, DigestLabels> = {
  en: {
    heading: (date, count) => `Daily digest · ${date} · ${count} ${count === 1 ? 'article' : 'articles'}`,
    edition: (date) => `Edition ${date}`,
    noSection: 'Other news',
    continued: '(continued)',
    photo: 'Photo',
    authorsJoin: ', ',
  },
  zh: {
    heading: (date, count) => `每日摘要 · ${date} · 共 ${count} 篇`,
    edition: (date) => `${date} 版`,
    noSection: '其他新闻',
    continued: '（续）',
    photo: '图片新闻',
    authorsJoin: '、',
  },
};

/** Chinese for any zh-* locale, English otherwise (the same rule as the UI strings). */
export function digestLabels(locale: string): DigestLabels {
  return LABELS[langOf(locale)];
}
