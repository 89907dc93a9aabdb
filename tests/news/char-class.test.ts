import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  charCount,
  hasClausePunct,
  hasSpaceBetweenHan,
  printWidth,
  scanLine,
} from '../../src/news/char-class.js';
import { generateCorpus } from '../support/page-generator.js';

/** What scanLine must agree with: the one-purpose functions, and the whitespace `/\s+/g` folding would change. */
function expected(s: string) {
  return {
    print: printWidth(s),
    chars: charCount(s),
    clause: hasClausePunct(s),
    oddSpace: /[^\S ]| {2}/u.test(s),
    spacedHan: hasSpaceBetweenHan(s),
  };
}

function corpusLines(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...corpusLines(p));
    else if (e.name.endsWith('.txt')) out.push(...readFileSync(p, 'utf8').split('\n'));
  }
  return out;
}

describe('scanLine', () => {
  it.each([
    '',
    '立足生态优势 打造休闲小镇',
    '“一碗热汤面” 暖了回家路',
    '两个  空格\t和制表符',
    '全角\u3000空格',
    '不间断\u00a0空格',
    '5G基站，GDP增长3.5%；App。',
    ' 开头空格 结尾 ',
    '𠀀扩展字 汉',
    '한국어 글자',
    'ＡＢＣ１２３ 全角',
  ])('agrees with the one-purpose functions on %j', (s) => {
    expect(scanLine(s)).toEqual(expected(s));
  });

  it('agrees with them on every line of the test pages, the corpora and 2 MB of generated pages', () => {
    const generated = generateCorpus({ bytes: 2_000_000 }, 7).flatMap((g) => g.text.split('\n'));
    const lines = [...['tests/news', 'seeds'].flatMap(corpusLines), ...generated];
    expect(lines.length).toBeGreaterThan(50_000);
    const wrong = lines.filter((s) => JSON.stringify(scanLine(s)) !== JSON.stringify(expected(s)));
    expect(wrong).toEqual([]);
  });
});
