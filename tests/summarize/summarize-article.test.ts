import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/summarize/sentence-split.js';
import { DEFAULT_BUDGET, summarizeArticle } from '../../src/summarize/summarize-article.js';
import { matGrassPhoto, provincialMeeting, zhoushanVisit, type SeedArticle } from './seed-articles.js';

const BOILERPLATE = /本报讯|新华社|记者|通讯员/u;
const length = (s: string): number => Array.from(s).length;

/** Every sentence of the article (dateline included), to check the summary only reuses whole ones. */
function articleSentences(article: SeedArticle): string[] {
  return article.paragraphs.flatMap(splitSentences);
}

describe('summarizeArticle on the seed page', () => {
  for (const article of [provincialMeeting, zhoushanVisit]) {
    describe(article.title, () => {
      const summary = summarizeArticle(article);

      it('summarizes in two or three whole sentences within the default budget', () => {
        const sentences = splitSentences(summary.summary);
        expect(sentences.length).toBeGreaterThanOrEqual(2);
        expect(sentences.length).toBeLessThanOrEqual(3);
        expect(length(summary.summary)).toBeLessThanOrEqual(DEFAULT_BUDGET);
        const whole = articleSentences(article);
        for (const s of sentences) expect(whole.some((w) => w.endsWith(s))).toBe(true);
      });

      it('has no dateline boilerplate in the summary or the lede', () => {
        expect(summary.summary).not.toMatch(BOILERPLATE);
        expect(summary.lede).not.toMatch(BOILERPLATE);
        expect(summary.lede).not.toMatch(/^7月/u);
      });

      it('gives a lede that is one whole sentence and not the title', () => {
        expect(splitSentences(summary.lede)).toEqual([summary.lede]);
        expect(summary.lede).toMatch(/[。！？]”?$/u);
        expect(summary.lede.replace(/[^\p{L}\p{N}]/gu, '')).not.toBe(
          article.title.replace(/[^\p{L}\p{N}]/gu, ''),
        );
      });

      it('keeps summary sentences in their original order', () => {
        const whole = articleSentences(article).join('');
        const positions = splitSentences(summary.summary).map((s) => whole.indexOf(s));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      });
    });
  }

  it('picks the sentence that names the four channels as the meeting lede', () => {
    expect(summarizeArticle(provincialMeeting).lede).toBe(
      '会议强调，深入推进“三服务”，要聚焦四个重点、打开四个通道。',
    );
  });

  it('picks the sentence that echoes the headline for the Zhoushan story', () => {
    expect(summarizeArticle(zhoushanVisit).lede).toBe(
      '朱志杰为舟山镇未来发展把脉，希望该镇立足生态优势，深入挖掘特色资源，全力打造休闲小镇。',
    );
  });

  it('strips the dateline from the first sentence when it is summarized', () => {
    expect(summarizeArticle(zhoushanVisit).summary).toMatch(
      /^由市长朱志杰带队的服务团赴舟山镇开展“三服务”活动/u,
    );
  });

  it('strips the dateline from the first sentence when it is the lede', () => {
    const { lede } = summarizeArticle({
      title: '服务团赴舟山镇开展活动',
      paragraphs: [
        '本报讯（记者 张赤奎）7月31日，服务团赴舟山镇开展活动，访民情、送服务。',
        '市领导吴婉珍、徐锴、林飞雄参加活动。',
      ],
      dateline: null,
      kind: 'article',
    });
    expect(lede).toBe('服务团赴舟山镇开展活动，访民情、送服务。');
  });

  it('uses the first caption sentence as the lede of a photo item', () => {
    expect(summarizeArticle(matGrassPhoto).lede).toBe('1日，舟山镇前村村一名种植户正在铺晒席草。');
  });

  it('finds local terms among the keywords and no function words or numbers', () => {
    const { keywords } = summarizeArticle(zhoushanVisit);
    expect(keywords).toContain('舟山镇');
    expect(keywords).toContain('朱志杰');
    for (const k of keywords) expect(k).not.toMatch(/^(?:的|了|和|在|是|7月|\d+)$/u);
  });
});

describe('summary budget', () => {
  it('never exceeds the budget when a sentence fits', () => {
    for (const budget of [40, 80, 120, 200, 400]) {
      const { summary } = summarizeArticle(zhoushanVisit, { budget });
      expect(length(summary)).toBeLessThanOrEqual(budget);
      expect(summary).not.toBe('');
    }
  });

  it('holds one whole sentence when none fits the budget', () => {
    const { summary } = summarizeArticle(provincialMeeting, { budget: 5 });
    expect(splitSentences(summary)).toHaveLength(1);
    expect(length(summary)).toBeGreaterThan(5);
    expect(articleSentences(provincialMeeting).some((w) => w.endsWith(summary))).toBe(true);
  });

  it('adds sentences as the budget grows', () => {
    const small = splitSentences(summarizeArticle(zhoushanVisit, { budget: 60 }).summary).length;
    const large = splitSentences(
      summarizeArticle(zhoushanVisit, { budget: 400, maxSentences: 10 }).summary,
    ).length;
    expect(large).toBeGreaterThan(small);
  });

  it('respects the sentence cap', () => {
    const { summary } = summarizeArticle(zhoushanVisit, { budget: 10_000, maxSentences: 2 });
    expect(splitSentences(summary)).toHaveLength(2);
  });
});

describe('summarizeArticle on odd input', () => {
  it('returns empty text for an article with no body', () => {
    expect(summarizeArticle({ title: '晒席草', paragraphs: [], dateline: null, kind: 'photo' })).toEqual({
      lede: '',
      summary: '',
      keywords: ['席草'],
    });
  });

  it('does not crash on punctuation, a lone dateline or an empty title', () => {
    const result = summarizeArticle({
      title: '',
      paragraphs: ['。。。', '本报讯 7月29日晚，', '  '],
      dateline: null,
      kind: 'article',
    });
    expect(result.summary).toBe('');
  });

  it('never uses the title itself as the lede', () => {
    const result = summarizeArticle({
      title: '朱志杰赴舟山镇开展三服务',
      paragraphs: [
        '朱志杰赴舟山镇开展“三服务”。',
        '服务团一行实地走访了溪塘村、上丁村等地，详细了解舟山镇美丽乡村建设情况。',
      ],
      dateline: null,
      kind: 'article',
    });
    expect(result.lede).toBe('服务团一行实地走访了溪塘村、上丁村等地，详细了解舟山镇美丽乡村建设情况。');
  });
});
