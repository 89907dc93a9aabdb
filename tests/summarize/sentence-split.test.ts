import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/summarize/sentence-split.js';

describe('splitSentences', () => {
  it('splits on full-width terminators', () => {
    expect(splitSentences('会议召开了。你来吗？来！')).toEqual(['会议召开了。', '你来吗？', '来！']);
  });

  it('keeps a quoted sentence and its short attribution together', () => {
    expect(splitSentences('“我们一定把服务做到位。”他说。随后，服务团走访了溪塘村。')).toEqual([
      '“我们一定把服务做到位。”他说。',
      '随后，服务团走访了溪塘村。',
    ]);
  });

  it('keeps a longer attribution that ends in a speech verb', () => {
    expect(splitSentences('“五金博览会是永康走向世界的窗口。”市会展中心负责人说。')).toEqual([
      '“五金博览会是永康走向世界的窗口。”市会展中心负责人说。',
    ]);
  });

  it('never splits inside a quotation', () => {
    expect(splitSentences('他说：“舟山镇是大水缸。我们要保护好！”')).toEqual([
      '他说：“舟山镇是大水缸。我们要保护好！”',
    ]);
  });

  it('ends the sentence at the closing quote when a new clause follows', () => {
    expect(
      splitSentences('他说：“舟山镇是永康的大水缸。”会后，朱志杰一行又前往上丁村察看美丽乡村建设情况。'),
    ).toEqual(['他说：“舟山镇是永康的大水缸。”', '会后，朱志杰一行又前往上丁村察看美丽乡村建设情况。']);
  });

  it('does not let an unmatched quote from OCR swallow the paragraph', () => {
    expect(splitSentences('坏引号“三服务活动进行部署。继续推进。')).toEqual([
      '坏引号“三服务活动进行部署。',
      '继续推进。',
    ]);
  });

  it('does not split inside brackets or at decimal points', () => {
    expect(splitSentences('增长2.0%（比上年多。）。下一句话。')).toEqual([
      '增长2.0%（比上年多。）。',
      '下一句话。',
    ]);
  });

  it('keeps a run of terminators with the sentence', () => {
    expect(splitSentences('真的吗？！是的……。好')).toEqual(['真的吗？！', '是的……。', '好']);
  });

  it('treats a line break as a sentence end', () => {
    expect(splitSentences('第一段没有句号\n第二段。')).toEqual(['第一段没有句号', '第二段。']);
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' 。\n ')).toEqual([]);
  });

  it('loses no text and makes no empty sentence', () => {
    const alphabet = fc.constantFrom(...Array.from('舟山镇三服务𠮷。！？“”‘’（）"他说 ，、\n'));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        const sentences = splitSentences(text);
        const strip = (s: string): string => s.replace(/\s/gu, '');
        for (const s of sentences) {
          expect(s).toMatch(/[\p{L}\p{N}]/u);
          // No lone surrogate: an astral character is never cut in half.
          expect(s).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        }
        // Punctuation-only pieces join the sentence before (or are dropped at the start); letters all survive.
        const kept = strip(sentences.join(''));
        expect(kept.replace(/[^\p{L}\p{N}]/gu, '')).toBe(strip(text).replace(/[^\p{L}\p{N}]/gu, ''));
      }),
    );
  });
});
