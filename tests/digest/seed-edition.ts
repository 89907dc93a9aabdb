import type { Article, Page } from '../../src/news/types.js';
import type { Store } from '../../src/store/types.js';
import type { ArticleSummary } from '../../src/summarize/types.js';

/**
 * Stores one edition of `count` articles over two sections, the way ingest would (a page plus its summaries).
 * Returns the article ids in print order.
 */
export function seedEdition(store: Store, date: string, count = 3): string[] {
  const articles: Article[] = Array.from({ length: count }, (_, i) => ({
    id: `${date.replaceAll('-', '')}a${i}`,
    kind: 'article',
    title: `${date} 第${i + 1}条新闻`,
    kicker: i === 0 ? '聚焦三服务' : null,
    subtitle: null,
    authors: ['陈晓苏'],
    byline: '□记者 陈晓苏',
    dateline: '本报讯',
    paragraphs: [`本报讯 ${date}，第${i + 1}条新闻的正文。第二句话。`],
    section: i < Math.ceil(count / 2) ? '要闻' : '经济',
  }));
  const page: Page = {
    source: `${date}.txt`,
    encoding: 'utf-8',
    date,
    sections: ['要闻', '经济'],
    furniture: [],
    articles,
  };
  const summaries = new Map<string, ArticleSummary>(
    articles.map((a, i) => [
      a.id,
      { lede: `第${i + 1}条新闻的导语。`, summary: `第${i + 1}条新闻的摘要。`, keywords: ['新闻'] },
    ]),
  );
  store.savePage(page, `hash-${date}`, summaries);
  return articles.map((a) => a.id);
}
