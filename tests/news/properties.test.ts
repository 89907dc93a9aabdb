import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageError } from '../../src/news/page-error.js';
import { accountedText, parsePage, parsePageText } from '../../src/news/page-parser.js';
import { generatePage } from '../support/page-generator.js';
import { nonBlankMultiset } from './support.js';

/** Text made of the pieces real pages are made of, so the parser's branches are all reached. */
const pageish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '□首席记者 陈晓苏',
        '记者 杨成栋 摄',
        '■■实施实施““三服务三服务””',
        '2019年8月7日 星期三 责任编辑：胡晓',
        '第3版',
        '本报讯 7月29日晚，省委召开省',
        '本报讯（记者 王晓 通讯员',
        '李明）8月5日，市文明办',
        '——来自全市的报告',
        ' 晒席草',
        '立足生态优势 打造休闲小镇',
        '会议强调，要借开展主题教育的',
        '直单位厅局长工作交流会，对开展“三',
        '分会场参加会议。',
        'Hardware',
        'Expo 代表团参观了五金城，并与',
        '',
        '   ',
        '\u3000\u3000会议指出，',
      ),
      fc.string({ unit: fc.constantFrom(...'会议强调，。“”三服务 AZ09■□—（）摄记者\u3000'), maxLength: 24 }),
    ),
    { maxLength: 40 },
  )
  .chain((lines) => fc.constantFrom('\n', '\r\n', '\r').map((eol) => lines.join(eol)));

function expectAccounted(text: string): void {
  const page = parsePageText(text, 'p.txt');
  expect(nonBlankMultiset(accountedText(page).join(''))).toEqual(nonBlankMultiset(text));
}

describe('parser properties', () => {
  it('never throws on random bytes, except a PageError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        try {
          parsePage(bytes, 'random.bin');
        } catch (e) {
          expect(e).toBeInstanceOf(PageError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        parsePageText(text, 'p.txt');
      }),
      { numRuns: 400 },
    );
  });

  it('puts every non-blank character of any text in exactly one place', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), expectAccounted), {
      numRuns: 300,
    });
  });

  it('puts every non-blank character of page-like text in exactly one place', () => {
    fc.assert(fc.property(pageish, expectAccounted), { numRuns: 500 });
  });

  it('puts every non-blank character of generated pages in exactly one place', () => {
    for (let seed = 1; seed <= 60; seed++) expectAccounted(generatePage(seed).text);
  });

  it('gives ids that are stable, unique within the page, short and free of colons', () => {
    fc.assert(
      fc.property(pageish, (text) => {
        const a = parsePageText(text, 'p.txt').articles.map((x) => x.id);
        const b = parsePageText(text, 'other-name.txt').articles.map((x) => x.id);
        expect(b).toEqual(a);
        expect(new Set(a).size).toBe(a.length);
        for (const id of a) expect(id).toMatch(/^[^:\s]{1,24}$/);
      }),
      { numRuns: 300 },
    );
  });
});
