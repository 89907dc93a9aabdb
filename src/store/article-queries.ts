import type Database from 'better-sqlite3';
import { dayNumber } from '../calendar-date.js';
import type { ArticleSummary } from '../summarize/types.js';
import { onePerStory, pageArticleId } from './article-identity.js';
import { bodyText, gramsOf } from './search-text.js';
import type { PageIngestStatus, Store, StoredArticle, StoredPage } from './types.js';

/** Room for 2^21 articles per edition day in the recency key. */
const DAY_SPAN = 2 ** 21;

/**
 * The first free recency key of an edition date: keys are `day number × 2^21 + n`, so rowid order is edition
 * order (undated pages sort oldest, as day 0). Within a day, later ingests sort newer.
 */
export function dayBase(date: string | null): number {
  const day = date === null ? Number.NaN : dayNumber(date);
  return Number.isNaN(day) || day < 0 ? 0 : day * DAY_SPAN;
}

/** What the search indexes get for one article. */
interface IndexRow {
  rid: number;
  title: string;
  body: string;
}

/** A row of `articles` as SQLite returns it. */
export interface ArticleRow {
  rid: number;
  id: string;
  source: string;
  position: number;
  date: string | null;
  kind: 'article' | 'photo';
  title: string;
  kicker: string | null;
  subtitle: string | null;
  authors: string;
  byline: string | null;
  dateline: string | null;
  paragraphs: string;
  section: string | null;
  lede: string;
  summary: string;
  keywords: string;
  /** The parser's content hash: the same for every copy of one story (see article-identity.ts). */
  content_id: string;
  /** 1 when `date` is the day the page was received, not printed (schema version 6). */
  date_received: 0 | 1;
}

export function toStoredArticle(r: ArticleRow): StoredArticle {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    kicker: r.kicker,
    subtitle: r.subtitle,
    authors: JSON.parse(r.authors) as string[],
    byline: r.byline,
    dateline: r.dateline,
    paragraphs: JSON.parse(r.paragraphs) as string[],
    section: r.section,
    lede: r.lede,
    summary: r.summary,
    keywords: JSON.parse(r.keywords) as string[],
    source: r.source,
    date: r.date,
    dateReceived: r.date_received === 1,
    position: r.position,
  };
}

const ARTICLE_COLUMNS = `rid, id, source, position, date, kind, title, kicker, subtitle, authors, byline, dateline,
  paragraphs, section, lede, summary, keywords, content_id, date_received`;

type ArticleQueries = Pick<
  Store,
  | 'pageHash'
  | 'savePage'
  | 'getArticle'
  | 'editionDates'
  | 'receivedDates'
  | 'articlesForDate'
  | 'articlesAfter'
  | 'articleCount'
  | 'batch'
  | 'pageSources'
  | 'removePage'
>;

/** Pages and articles: storing a parsed page (and indexing it), and reading articles back. */
export function createArticleQueries(db: Database.Database, now: () => Date): ArticleQueries {
  const pageRow = db.prepare<[string], { hash: string }>('SELECT hash FROM pages WHERE source = ?');
  const ridsOfSource = db.prepare<[string], number>('SELECT rid FROM articles WHERE source = ?').pluck();
  const deleteTrigrams = db.prepare<[number]>('DELETE FROM article_trigrams WHERE rowid = ?');
  const deleteGrams = db.prepare<[number]>('DELETE FROM article_grams WHERE rowid = ?');
  const deleteTitleGrams = db.prepare<[number]>('DELETE FROM article_title_grams WHERE rowid = ?');
  const deleteArticles = db.prepare<[string]>('DELETE FROM articles WHERE source = ?');
  const upsertPage = db.prepare(`
    INSERT INTO pages (source, hash, date, date_received, encoding, sections, furniture, ingested_at)
    VALUES (@source, @hash, @date, @dateReceived, @encoding, @sections, @furniture, @ingestedAt)
    ON CONFLICT (source) DO UPDATE SET hash = excluded.hash, date = excluded.date,
      date_received = excluded.date_received, encoding = excluded.encoding, sections = excluded.sections,
      furniture = excluded.furniture, ingested_at = excluded.ingested_at`);
  const lastKey = db
    .prepare<[number, number], number | null>('SELECT max(rid) FROM articles WHERE rid >= ? AND rid < ?')
    .pluck();
  const insertArticle = db.prepare(`
    INSERT INTO articles (${ARTICLE_COLUMNS})
    VALUES (@rid, @id, @source, @position, @date, @kind, @title, @kicker, @subtitle, @authors, @byline, @dateline,
      @paragraphs, @section, @lede, @summary, @keywords, @content_id, @date_received)`);
  // The story's first arrival goes into the feed alerts and follows read (migration 008); later copies do not.
  // (Checked first rather than ON CONFLICT: a conflicting insert would still use up an AUTOINCREMENT number.)
  const feed = db.prepare<{ contentId: string; id: string; at: string }>(`
    INSERT INTO article_feed (content_id, article_id, added_at)
    SELECT @contentId, @id, @at WHERE NOT EXISTS (SELECT 1 FROM article_feed WHERE content_id = @contentId)`);
  const insertTrigrams = db.prepare('INSERT INTO article_trigrams (rowid, title, body) VALUES (?, ?, ?)');
  const insertGrams = db.prepare('INSERT INTO article_grams (rowid, grams) VALUES (?, ?)');
  const insertTitleGrams = db.prepare('INSERT INTO article_title_grams (rowid, grams) VALUES (?, ?)');

  const byId = db.prepare<[string], ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`);
  // Ids handed out before schema version 5 were content ids: the newest copy of that story answers them.
  const byContentId = db.prepare<[string], ArticleRow>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE content_id = ? ORDER BY rid DESC LIMIT 1`,
  );
  const sources = db.prepare<[], string>('SELECT source FROM pages ORDER BY source').pluck();
  const deletePage = db.prepare<[string]>('DELETE FROM pages WHERE source = ?');
  const idTaken = db.prepare<[string], number>('SELECT 1 FROM articles WHERE id = ?').pluck();
  const dates = db
    .prepare<[number], string>(
      'SELECT DISTINCT date FROM articles WHERE date IS NOT NULL ORDER BY date DESC LIMIT ?',
    )
    .pluck();
  const received = db
    .prepare<[number], string>(
      `SELECT date FROM articles WHERE date IS NOT NULL GROUP BY date HAVING min(date_received) = 1
       ORDER BY date DESC LIMIT ?`,
    )
    .pluck();
  const forDate = db.prepare<[string], ArticleRow>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE date = ? ORDER BY source, position`,
  );
  const after = db.prepare<[string], ArticleRow>(
    `SELECT ${ARTICLE_COLUMNS} FROM articles WHERE date > ? ORDER BY date, source, position`,
  );
  const count = db.prepare<[], number>('SELECT count(*) FROM articles').pluck();

  /** Search rows of articles saved in the open batch, indexed when it ends (see `indexInOrder`). */
  let pending: Map<number, IndexRow> | null = null;

  /**
   * FTS5 flushes its in-memory pending terms to a new segment whenever a rowid arrives that is not above the
   * last one written in the transaction. Recency keys follow edition dates, not ingest order, so a batch of
   * pages from different days would write one tiny segment per article (and merge them again): about three
   * times the cost. Sorting by rowid first keeps one flush per transaction.
   */
  function indexInOrder(rows: Iterable<IndexRow>): void {
    for (const r of [...rows].sort((x, y) => x.rid - y.rid)) {
      insertTrigrams.run(r.rid, r.title, r.body);
      // The line break keeps the title's last character and the body's first from forming a pair.
      insertGrams.run(r.rid, gramsOf(`${r.title}\n${r.body}`));
      insertTitleGrams.run(r.rid, gramsOf(r.title));
    }
  }

  /** Deletes a page's articles and their search rows; the page row stays. */
  function dropArticles(source: string): number {
    const rids = ridsOfSource.all(source);
    for (const rid of rids) {
      // Saved earlier in this batch and not indexed yet: dropping the pending row is enough.
      if (pending?.delete(rid)) continue;
      deleteTrigrams.run(rid);
      deleteGrams.run(rid);
      deleteTitleGrams.run(rid);
    }
    deleteArticles.run(source);
    return rids.length;
  }

  const remove = db.transaction((source: string): number | null => {
    if (!pageRow.get(source)) return null;
    const n = dropArticles(source);
    deletePage.run(source);
    return n;
  });

  const save = db.transaction(
    (
      page: StoredPage,
      hash: string,
      summaries: ReadonlyMap<string, ArticleSummary>,
      contentIds?: ReadonlyMap<string, string>,
    ): PageIngestStatus => {
      const known = pageRow.get(page.source);
      if (known?.hash === hash) return 'unchanged';
      dropArticles(page.source);
      // Only a dated page can have a received date; a page saved with none stays plainly undated.
      const received = page.dateReceived === true && page.date !== null ? 1 : 0;
      upsertPage.run({
        source: page.source,
        hash,
        date: page.date,
        dateReceived: received,
        encoding: page.encoding,
        sections: JSON.stringify(page.sections),
        furniture: JSON.stringify(page.furniture),
        ingestedAt: now().toISOString(),
      });
      const base = dayBase(page.date);
      let rid = (lastKey.get(base, base + DAY_SPAN) ?? base - 1) + 1;
      const rows: IndexRow[] = [];
      const ingestedAt = now().toISOString();
      page.articles.forEach((a, position) => {
        const s = summaries.get(a.id);
        if (!s) throw new Error(`${page.source}: no summary for article ${a.id} (${a.title})`);
        // This page's old rows are gone, so a taken id is another page's copy of the story (a caller that did
        // not make ids page-scoped, as ingest does): this copy gets an id of its own rather than being lost.
        const id = idTaken.get(a.id) === undefined ? a.id : pageArticleId(page.source, a.id);
        insertArticle.run({
          rid,
          id,
          content_id: contentIds?.get(a.id) ?? a.id,
          date_received: received,
          source: page.source,
          position,
          date: page.date,
          kind: a.kind,
          title: a.title,
          kicker: a.kicker,
          subtitle: a.subtitle,
          authors: JSON.stringify(a.authors),
          byline: a.byline,
          dateline: a.dateline,
          paragraphs: JSON.stringify(a.paragraphs),
          section: a.section,
          lede: s.lede,
          summary: s.summary,
          keywords: JSON.stringify(s.keywords),
        });
        feed.run({ contentId: contentIds?.get(a.id) ?? a.id, id, at: ingestedAt });
        // Every copy is stored (reads show one per story): replacing one page must not lose another's.
        rows.push({ rid, title: a.title, body: bodyText(a) });
        rid++;
      });
      // Last, so a page that fails above leaves nothing pending.
      if (pending) for (const r of rows) pending.set(r.rid, r);
      else indexInOrder(rows);
      return known ? 'replaced' : 'added';
    },
  );

  const batch = db.transaction(<T>(fn: () => T): T => {
    if (pending) return fn();
    pending = new Map();
    try {
      const result = fn();
      indexInOrder(pending.values());
      return result;
    } finally {
      pending = null;
    }
  });

  return {
    pageHash: (source) => pageRow.get(source)?.hash ?? null,
    savePage: (page, hash, summaries, contentIds) => save.immediate(page, hash, summaries, contentIds),
    getArticle(id) {
      const row = byId.get(id) ?? byContentId.get(id);
      return row ? toStoredArticle(row) : null;
    },
    editionDates: (limit = 1000) => dates.all(Math.max(0, Math.floor(limit))),
    receivedDates: (limit = 1000) => received.all(Math.max(0, Math.floor(limit))),
    articlesForDate: (date) => onePerStory(forDate.all(date)).map(toStoredArticle),
    // '' sorts before every date, so null means all dated articles; undated ones belong to no edition.
    articlesAfter: (afterDate) => onePerStory(after.all(afterDate ?? '')).map(toStoredArticle),
    articleCount: () => count.get() ?? 0,
    batch: (fn) => batch.immediate(fn) as ReturnType<typeof fn>,
    pageSources: () => sources.all(),
    removePage: (source) => remove.immediate(source),
  };
}
