/**
 * Every standalone byline of the measuring corpora that the column would break (set by the corpus layouts'
 * `setParagraph` at eight layout seeds), on a page of its own between a headline and a paragraph, gives its story
 * the byline's authors; every photo credit, under a caption and over its title, gives the photo its
 * photographers. The held-aside corpora are left out: their text is only ever measured as whole pages.
 */
import { describe, expect, it } from 'vitest';
import { parsePageText } from '../../src/news/page-parser.js';
import { parseByline } from '../../src/news/vocabulary.js';
import { loadCorpus, setParagraph } from '../support/corpus.js';
import { rng } from '../support/page-generator.js';
import { CORPORA } from './corpus/corpora.js';

// The settings not yet read right. These lists may only shrink (they grow only when a corpus is added).
const KNOWN_FAILURES: string[] = [];
const KNOWN_CREDIT_FAILURES = ['中青报·中青网记者 赵 迪 / 摄（图①） 新华社记者 黄 河 / 摄（图②）'];

/** The corpora's gold paragraphs that parse as `kind` of byline, at least 12 characters (the column may break them). */
function goldLines(photo: boolean): Set<string> {
  const out = new Set<string>();
  for (const c of CORPORA.filter((x) => !x.name.startsWith('own-held')))
    for (const page of loadCorpus(c.dir))
      for (const a of page.articles)
        for (const p of a.gold.paragraphs) {
          const by = p.length >= 12 ? parseByline(p) : null;
          if (by !== null && by.photo === photo && !by.closing && by.authors.length > 0) out.add(p);
        }
  return out;
}

/** `line` as the column breaks it at layout seeds 1-8, where it takes two lines or more. */
function wrappings(line: string): string[][] {
  const out: string[][] = [];
  for (let seed = 1; seed <= 8; seed++) {
    const lines = setParagraph(line, rng(seed));
    if (lines.length >= 2) out.push(lines);
  }
  return out;
}

describe('standalone bylines the column wrapped', () => {
  it('give their story every author, but for the known settings', () => {
    const bylines = [...goldLines(false)].filter((p) => p.length >= 14);
    const failing = new Set<string>();
    let wrapped = 0;
    for (const line of bylines) {
      const authors = parseByline(line)!.authors;
      for (const lines of wrappings(line)) {
        wrapped++;
        const page = [
          '某地推进一项重点工作取得新进展',
          ...lines,
          '记者日前从有关部门获悉，今年以来全市',
          '各项工作稳步推进。',
        ];
        const got = parsePageText(page.join('\n'), 'byline.txt').articles;
        if (got.length !== 1 || JSON.stringify(got[0]!.authors) !== JSON.stringify(authors))
          failing.add(lines.join(' / '));
      }
    }
    expect(wrapped).toBeGreaterThan(300);
    expect([...failing]).toEqual(KNOWN_FAILURES);
  });
});

describe('photo credits the column wrapped', () => {
  it('give their photo every photographer, but for the known settings', () => {
    const failing = new Set<string>();
    let wrapped = 0;
    for (const line of goldLines(true)) {
      const authors = parseByline(line)!.authors;
      for (const lines of wrappings(line)) {
        wrapped++;
        const page = [
          '据新华社电 近日，各地加快推进重点工程建设，一批项目陆续',
          '完工投用，为经济发展注入新动能。（记者 王 强）',
          '重点工程建设提速',
          '图①：3月19日，在河南省周口市商水',
          '县，农民在麦田里查看小麦长势。',
          ...lines,
          '春日田间农事忙',
        ];
        const got = parsePageText(page.join('\n'), 'credit.txt').articles;
        const photo = got.find((a) => a.title === '春日田间农事忙');
        if (
          got.length !== 2 ||
          photo?.kind !== 'photo' ||
          JSON.stringify(photo.authors) !== JSON.stringify(authors)
        )
          failing.add(lines.join(' / '));
      }
    }
    expect(wrapped).toBeGreaterThan(30);
    expect([...failing]).toEqual(KNOWN_CREDIT_FAILURES);
  });
});

// A page-wide credit in brackets (`（本版图片除署名外均由本报记者 王 涛 摄）`) is no story's trailer yet.
const KNOWN_TRAILER_FAILURES = [
  'after （湖北日报全媒体记者 魏 铼 摄）',
  'first （湖北日报全媒体记者 魏 铼 摄）',
];

describe('closing bracketed lines the column wrapped (trailers, pointers)', () => {
  it('stay their story’s last paragraph, headlines after or first, but for the known settings', () => {
    const closings = new Set<string>();
    for (const c of CORPORA.filter((x) => !x.name.startsWith('own-held')))
      for (const page of loadCorpus(c.dir))
        for (const a of page.articles) {
          const last = a.gold.paragraphs.at(-1)!;
          if (last.length >= 10 && /^[（(].*[）)]$/u.test(last)) closings.add(last);
        }
    const failing = new Set<string>();
    for (const last of closings)
      for (const first of [false, true])
        for (let seed = 1; seed <= 6; seed++) {
          const lines = setParagraph(last, rng(seed));
          const body = [
            '新华社北京电 近日，各地加快推进重点工程建设，一批项目陆续',
            '完工投用，为经济发展注入新动能。',
            ...lines,
          ];
          const next = [
            '本报讯 记者日前从市交通运输局获悉，今年以来全市',
            '新开通公交线路12条，方便了群众出行。',
          ];
          const page = first
            ? ['重点工程建设提速', ...body, '公交线路持续优化', ...next]
            : [...body, '重点工程建设提速', ...next, '公交线路持续优化'];
          const got = parsePageText(page.join('\n'), 'trailer.txt').articles;
          const ends = got[0]?.paragraphs.join('').replace(/\s/gu, '').endsWith(last.replace(/\s/gu, ''));
          if (got.length !== 2 || got[0]!.title !== '重点工程建设提速' || !ends)
            failing.add(`${first ? 'first' : 'after'} ${lines.join(' / ')}`);
        }
    expect(closings.size).toBeGreaterThan(40);
    expect([...failing]).toEqual(KNOWN_TRAILER_FAILURES);
  });
});
